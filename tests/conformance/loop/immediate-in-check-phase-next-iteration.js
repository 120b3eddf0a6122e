// Immediates queued during the check phase run on the next loop iteration,
// after any timers that became due. All immediates already queued run first.
const fs = require('fs');
fs.readFile(__filename, () => {
  setImmediate(() => {
    console.log('A');
    setImmediate(() => console.log('C (new)'));
    setTimeout(() => console.log('T (timer)'), 0);
    const start = Date.now();
    while (Date.now() - start < 5) {}
  });
  setImmediate(() => console.log('B'));
});
