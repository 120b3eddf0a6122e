// process.exit() ends the process immediately: no further sync code, ticks,
// promises or timers run; 'exit' listeners do run with the code.
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => console.log('SHOULD NOT RUN timer'), 0);
process.nextTick(() => console.log('SHOULD NOT RUN tick'));
Promise.resolve().then(() => console.log('SHOULD NOT RUN promise'));
console.log('before exit');
process.exit(5);
console.log('SHOULD NOT RUN after exit');
