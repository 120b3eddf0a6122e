// 'exit' listeners receive the exit code, run in registration order, and any
// async work they schedule never runs.
process.on('exit', (code) => {
  console.log('exit 1, code', code, 'exitCode', process.exitCode);
  setTimeout(() => console.log('SHOULD NOT RUN timer'), 0);
  setImmediate(() => console.log('SHOULD NOT RUN immediate'));
  process.nextTick(() => console.log('SHOULD NOT RUN tick'));
});
process.once('exit', (code) => console.log('exit 2, code', code));
console.log('listeners', process.listenerCount('exit'));
process.exitCode = 7;
