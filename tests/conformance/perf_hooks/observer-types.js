// type-mode observe() calls accumulate; entryTypes replaces; takeRecords drains.
const { performance, PerformanceObserver } = require('perf_hooks');
const seen = [];
const o = new PerformanceObserver((list) => seen.push(list.getEntries().map((e) => e.name)));
o.observe({ type: 'measure' });
o.observe({ type: 'mark' });
performance.mark('k1', { startTime: 1 });
performance.measure('k2', { start: 2, end: 3 });
const t = new PerformanceObserver(() => console.log('t callback should not run'));
t.observe({ entryTypes: ['measure'] });
t.observe({ entryTypes: ['mark'] });
performance.mark('k3', { startTime: 4 });
console.log('takeRecords', t.takeRecords().map((e) => e.name), t.takeRecords());
t.disconnect();
const u = new PerformanceObserver(() => console.log('unsupported callback should not run'));
u.observe({ entryTypes: ['bogus'] });
performance.mark('k4', { startTime: 5 });
setImmediate(() => {
  console.log(seen);
  o.disconnect();
});
