// An error thrown in a nextTick callback is uncaught -> exit 1; the remaining
// ticks and promise jobs do not run.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => {
  console.log('tick 2 throws');
  throw new RangeError('tick failure');
});
process.nextTick(() => console.log('SHOULD NOT RUN tick 3'));
Promise.resolve().then(() => console.log('SHOULD NOT RUN promise'));
process.on('exit', (c) => console.log('exit', c));
