// A top-level throw with an 'uncaughtException' listener: the rest of the
// main script is skipped, but already-scheduled work runs.
process.on('uncaughtException', (err) => console.log('caught globally:', err.message));
setTimeout(() => console.log('timer runs'), 1);
process.nextTick(() => console.log('tick runs'));
console.log('about to throw');
throw new Error('sync boom');
