// require('timers') exposes the same functions as the globals.
const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate,
  timers.setInterval === setInterval, timers.clearTimeout === clearTimeout,
  timers.clearImmediate === clearImmediate, timers.clearInterval === clearInterval);
timers.setImmediate(() => {
  console.log('immediate from timers module');
  timers.setTimeout(() => console.log('timeout from timers module'), 1);
});
