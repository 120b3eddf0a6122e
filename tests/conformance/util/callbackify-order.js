const util = require('util');
const f = util.callbackify(async (v) => v);
f(1, () => console.log('callback 1'));
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
f(2, () => console.log('callback 2'));
setTimeout(() => console.log('timeout'), 0);
