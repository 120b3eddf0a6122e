// Memory, load average and uptime: numbers with sane invariants.
const os = require('os');
const total = os.totalmem();
const free = os.freemem();
console.log(typeof total, typeof free, total > 0, free >= 0, free <= total);
const l = os.loadavg();
console.log(Array.isArray(l), l.length, l.every((n) => typeof n === 'number' && n >= 0));
console.log(typeof os.uptime(), os.uptime() > 0);
const n = os.availableParallelism();
console.log(Number.isInteger(n), n >= 1);
