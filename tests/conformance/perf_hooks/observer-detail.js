// Observed entries carry their detail; entries are the same objects the buffer holds.
const { performance, PerformanceObserver } = require('perf_hooks');
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) console.log(e.name, e.entryType, e.startTime, e.duration, e.detail);
  console.log(list.getEntries()[0] === performance.getEntriesByName('x')[0]);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('x', { startTime: 1, detail: { tag: 'first' } });
performance.measure('y', { start: 2, end: 7, detail: [1, 2] });
