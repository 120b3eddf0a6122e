// nextTicks and promise jobs are drained after EACH immediate callback.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise 1'));
  process.nextTick(() => console.log('tick 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  queueMicrotask(() => console.log('microtask 2'));
});
setImmediate(() => console.log('immediate 3'));
