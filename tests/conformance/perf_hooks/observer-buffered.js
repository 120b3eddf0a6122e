// observe({type, buffered: true}) delivers entries recorded before observe().
const { performance, PerformanceObserver } = require('perf_hooks');
performance.mark('early1', { startTime: 2 });
performance.mark('early2', { startTime: 1 });
performance.measure('early measure', { start: 1, end: 2 });
const obs = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name));
  obs.disconnect();
});
obs.observe({ type: 'mark', buffered: true });
const obs2 = new PerformanceObserver(() => console.log('unbuffered observer should not fire'));
obs2.observe({ type: 'mark' });
setImmediate(() => obs2.disconnect());
