// 300 timers over 25 durations, a third cleared: within a duration they fire
// in creation order. (Across durations Node promises nothing: a timer's start
// is its creation time, which moves during a long synchronous loop.)
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
  console.log('creation order within a duration:', sortedWithin);
  console.log('durations seen:', Object.keys(byDelay).length);
}, 60);
