// refresh() restarts the timer's countdown from now with the same delay,
// and the timer still fires only once.
let refreshedAt = 0;
let fired = 0;
const t = setTimeout(() => {
  fired++;
  const sinceRefresh = Date.now() - refreshedAt;
  console.log('main timer fired, refreshed =', refreshedAt > 0, 'waited full delay again =', sinceRefresh >= 30);
}, 40);
setTimeout(() => {
  refreshedAt = Date.now();
  console.log('refresh returns timer', t.refresh() === t);
}, 20);
process.on('exit', () => console.log('fired', fired, 'time(s)'));
