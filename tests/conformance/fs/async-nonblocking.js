'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('f'), 'x'.repeat(1000));
const order = [];
fs.readFile(p('f'), () => order.push('readFile'));
fs.stat(p('f'), () => order.push('stat'));
fs.access(p('f'), () => order.push('access'));
order.push('sync code');
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('microtask'));
setTimeout(() => {
  console.log(order.slice(0, 3));
  console.log(order.slice(3).sort());
}, 200);
