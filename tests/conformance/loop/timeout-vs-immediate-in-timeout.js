// Inside a timer callback: the check phase comes before the next timers phase,
// so setImmediate wins over setTimeout(0).
setTimeout(() => {
  console.log('timeout 1');
  setTimeout(() => console.log('timeout 2'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
