// os.constants.signals: Linux numbers, in Node's order, read-only entries.
const os = require('os');
const s = os.constants.signals;
console.log(JSON.stringify(s));
console.log(Object.getPrototypeOf(s) === null);
const d = Object.getOwnPropertyDescriptor(s, 'SIGTERM');
console.log(d.writable, d.enumerable, d.configurable);
s.SIGTERM = 99;
console.log(s.SIGTERM);
