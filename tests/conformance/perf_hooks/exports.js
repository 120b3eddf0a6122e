// perf_hooks exports and the global performance object.
const ph = require('perf_hooks');
for (const k of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  console.log(k, typeof ph[k], ph[k].name);
}
console.log(ph.performance === globalThis.performance, require('node:perf_hooks') === ph);
console.log(ph.performance instanceof ph.Performance, String(ph.performance));
console.log(ph.constants);
console.log(ph.PerformanceObserver.supportedEntryTypes);
try { new ph.Performance(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ph.PerformanceEntry(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ph.PerformanceObserverEntryList(); } catch (e) { console.log(e.name, e.code, e.message); }
