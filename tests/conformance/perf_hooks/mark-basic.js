// mark(): PerformanceMark entries with name, startTime, detail.
const { performance, PerformanceMark, PerformanceEntry } = require('perf_hooks');
const m = performance.mark('a', { startTime: 12.5, detail: { x: [1, 2] } });
console.log(m instanceof PerformanceMark, m instanceof PerformanceEntry, m.constructor.name);
console.log(m.name, m.entryType, m.startTime, m.duration, m.detail);
console.log(Object.keys(m), JSON.stringify(m));
console.log(m.toJSON());
console.log(Object.prototype.toString.call(m));
const n = performance.mark('b');
console.log(n.detail, n.duration, typeof n.startTime, n.startTime <= performance.now());
console.log(performance.mark(12).name === '12');
console.log(performance.mark('c', null).detail, performance.mark('d', undefined).detail);
console.log(new PerformanceMark('direct', { startTime: 3 }).startTime);
console.log(performance.getEntriesByName('direct').length);
console.log(Object.getOwnPropertyNames(PerformanceEntry.prototype));
console.log(Object.getOwnPropertyNames(PerformanceMark.prototype));
