// refresh() restarts the timer's countdown from now with the same delay.
const start = Date.now();
let refreshed = false;
const t = setTimeout(() => {
  const elapsed = Date.now() - start;
  console.log('main timer fired, refreshed =', refreshed, 'late enough =', elapsed >= 55);
}, 40);
setTimeout(() => {
  refreshed = true;
  console.log('refresh returns timer', t.refresh() === t);
}, 20);
setTimeout(() => console.log('50ms marker'), 50);
