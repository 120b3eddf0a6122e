// Deeply nested nextTick/promise recursion all completes before the first timer.
let ticks = 0;
function tick(n) {
  ticks++;
  if (n > 0) process.nextTick(tick, n - 1);
}
let promises = 0;
function chain(n) {
  promises++;
  if (n > 0) return Promise.resolve().then(() => chain(n - 1));
}
setTimeout(() => console.log('timer sees', ticks, promises), 0);
tick(1000);
chain(1000).then(() => console.log('chain done', promises));
process.nextTick(() => console.log('first tick pass, ticks =', ticks));
