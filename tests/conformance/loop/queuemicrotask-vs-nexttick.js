// queueMicrotask shares the promise job queue (FIFO with .then callbacks);
// nextTick callbacks run before both.
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('then 1'));
process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('microtask from microtask 2'));
  process.nextTick(() => console.log('tick from microtask 2'));
});
Promise.resolve().then(() => console.log('then 2'));
console.log('sync');
