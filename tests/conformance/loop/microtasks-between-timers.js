// nextTicks and promise jobs are drained after EACH timer callback,
// not after the whole timers phase.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick 1'));
  Promise.resolve().then(() => console.log('promise 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('tick 2'));
  Promise.resolve().then(() => console.log('promise 2'));
}, 0);
setTimeout(() => console.log('timer 3'), 0);
