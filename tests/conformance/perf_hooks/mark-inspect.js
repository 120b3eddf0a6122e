// util.inspect / console.log of entries.
const { performance } = require('perf_hooks');
console.log(performance.mark('short', { startTime: 1 }));
console.log(performance.mark('a', { startTime: 1.5, detail: [1] }));
console.log([performance.measure('m', { start: 1, end: 4, detail: { k: 'v' } })]);
