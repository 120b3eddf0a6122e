// process.exit() from a timer callback: later timers and pending ticks never run.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('SHOULD NOT RUN tick'));
  process.exit(6);
}, 1);
setTimeout(() => console.log('SHOULD NOT RUN timer 2'), 1);
setTimeout(() => console.log('SHOULD NOT RUN timer 3'), 30);
process.on('exit', (c) => console.log('exit', c));
