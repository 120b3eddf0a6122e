// ref: false does not keep the process alive.
const tp = require('timers/promises');
tp.setTimeout(100000, 'x', { ref: false }).then(() => console.log('timeout should not fire'));
const it = tp.setInterval(100000, 'x', { ref: false });
it.next().then(() => console.log('interval should not fire'));
process.on('exit', (code) => console.log('exit', code));
console.log('end of script');
