// An uncaught synchronous exception exits with code 1; earlier output is kept,
// later code and queued callbacks don't run. 'exit' listeners still run.
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => console.log('SHOULD NOT RUN timer'), 0);
process.nextTick(() => console.log('SHOULD NOT RUN tick'));
console.log('before throw');
throw new Error('top-level failure');
