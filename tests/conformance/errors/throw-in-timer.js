// A throw inside a timer callback exits 1; later timers do not run.
setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('SHOULD NOT RUN same-phase timer'), 1);
setTimeout(() => console.log('SHOULD NOT RUN later timer'), 20);
process.on('exit', (c) => console.log('exit', c));
