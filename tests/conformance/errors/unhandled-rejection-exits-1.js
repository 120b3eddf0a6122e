// An unhandled promise rejection terminates with exit code 1 (Node >= 15),
// after the current microtask drain; pending timers don't run.
setTimeout(() => console.log('SHOULD NOT RUN timer'), 10);
Promise.reject(new Error('nobody catches this'));
process.nextTick(() => console.log('tick runs'));
Promise.resolve().then(() => console.log('promise job runs'));
console.log('sync end');
process.on('exit', (c) => console.log('exit', c));
