// A large asynchronous read runs off the loop: a timer due meanwhile fires
// before the read completes, and ticks/immediates keep running.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'bigread-'));
const file = path.join(dir, 'big.bin');
fs.writeFileSync(file, Buffer.alloc(64 * 1024 * 1024, 7));
const order = [];
let spins = 0;
function spin() {
  spins++;
  if (order.length < 2) setImmediate(spin);
}
fs.readFile(file, (err, data) => {
  order.push(`read ${err === null} ${data.length}`);
  if (order.length === 2) finish();
});
setTimeout(() => {
  order.push('timer');
  if (order.length === 2) finish();
}, 1);
setImmediate(spin);
function finish() {
  console.log(order[0] === 'timer' ? 'timer fired first' : `read first: ${order.join(', ')}`);
  console.log('loop kept turning while reading:', spins > 1);
  fs.rmSync(dir, { recursive: true });
}
