// timers/promises exports, and the same object as require('timers').promises.
const tp = require('timers/promises');
console.log(Object.keys(tp));
console.log(require('timers').promises === tp, require('node:timers/promises') === tp);
console.log(typeof tp.setTimeout, typeof tp.setImmediate, typeof tp.setInterval);
console.log(Object.prototype.toString.call(tp.setInterval(1)));
console.log(tp.scheduler.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));
