// setTimeout(delay, value) resolves with value, in delay order.
const tp = require('timers/promises');
const order = [];
const ps = [
  tp.setTimeout(30, 'thirty').then((v) => order.push(v)),
  tp.setTimeout(1, 'one').then((v) => order.push(v)),
  tp.setTimeout(10, { x: 1 }).then((v) => order.push(v)),
  tp.setTimeout().then((v) => order.push(v)),
  tp.setTimeout(NaN, 'nan').then((v) => order.push(v)),
];
const p = tp.setTimeout(5, 'v');
console.log(p instanceof Promise);
Promise.all(ps).then(() => console.log(order));
