// 300 timers over 25 durations, a third cleared: they fire by duration, and
// in creation order within a duration.
const fired = [];
const timers = [];
for (let i = 0; i < 300; i++) {
  const delay = (i * 7) % 25;
  timers.push(setTimeout(() => fired.push(`${delay}:${i}`), delay));
}
for (let i = 0; i < 300; i += 3) clearTimeout(timers[i]);
setTimeout(() => {
  console.log(fired.length);
  const byDelay = {};
  for (const f of fired) {
    const [d, i] = f.split(':').map(Number);
    (byDelay[d] = byDelay[d] || []).push(i);
  }
  let sortedWithin = true;
  for (const list of Object.values(byDelay)) {
    for (let k = 1; k < list.length; k++) if (list[k] < list[k - 1]) sortedWithin = false;
  }
  const delays = fired.map((f) => Number(f.split(':')[0]));
  const nonDecreasing = delays.every((d, k) => k === 0 || d >= delays[k - 1] || (d <= 1 && delays[k - 1] <= 1));
  console.log('creation order within a duration:', sortedWithin);
  console.log('durations in order:', nonDecreasing);
  console.log(fired.slice(0, 12).join(' '));
}, 60);
