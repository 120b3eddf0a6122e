// setImmediate(value) resolves after nextTick and microtasks, before later timers.
const tp = require('timers/promises');
tp.setImmediate('imm').then((v) => console.log('immediate', v));
tp.setImmediate().then((v) => console.log('immediate2', v));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
tp.setTimeout(100, 'late').then((v) => console.log('timeout', v));
console.log('sync');
