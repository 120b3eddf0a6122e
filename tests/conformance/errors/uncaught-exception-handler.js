// With an 'uncaughtException' listener the process keeps running:
// remaining timers fire and the exit code is 0.
process.on('uncaughtException', (err, origin) => {
  console.log('handler got', err.message, origin);
});
setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('boom 1');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 1);
setTimeout(() => console.log('timer 3 still runs'), 10);
process.on('exit', (c) => console.log('exit', c));
