// Node's event-loop order, step by step. `node examples/timers.js` prints the same.
const fs = require('fs');

console.log('1. main script');
process.nextTick(() => console.log('2. nextTick: before any promise'));
Promise.resolve().then(() => console.log('3. promise'));
queueMicrotask(() => console.log('4. queueMicrotask: same queue as promises'));
(async () => {
  await null;
  console.log('5. after await');
})();

setTimeout(() => {
  console.log('6. timer');
  fs.readFile(__filename, () => {
    console.log('7. I/O callback');
    setTimeout(() => console.log('9. timer scheduled in I/O'), 0);
    setImmediate(() => console.log('8. immediate scheduled in I/O: always first'));
  });
}, 10);

const interval = setInterval(() => {
  console.log('interval tick');
  clearInterval(interval);
}, 50);
