// PerformanceObserver receives marks/measures in one batch, after the script.
const { performance, PerformanceObserver } = require('perf_hooks');
const obs = new PerformanceObserver((list, observer) => {
  console.log('callback', observer === obs, list.constructor.name);
  console.log(list.getEntries().map((e) => e.name));
  console.log(list.getEntriesByType('mark').map((e) => e.name), list.getEntriesByName('m2').length);
  console.log(list.getEntriesByName('me', 'mark').length, list.getEntriesByName('me', 'measure').length);
  observer.disconnect();
  performance.mark('after disconnect');
  setTimeout(() => console.log('done'), 10);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1', { startTime: 3 });
performance.mark('m2', { startTime: 1 });
performance.measure('me', 'm2', 'm1');
console.log('sync end');
process.nextTick(() => console.log('tick'));
