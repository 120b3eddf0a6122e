// A timer cleared by an earlier timer callback in the same timers phase does not run.
let later;
setTimeout(() => {
  console.log('first clears later');
  clearTimeout(later);
}, 1);
later = setTimeout(() => console.log('SHOULD NOT RUN'), 1);
setTimeout(() => console.log('third runs'), 1);
