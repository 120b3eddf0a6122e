// measure() with mark names, timestamps and an options object.
const { performance } = require('perf_hooks');
// Marks below sit at fixed times up to 30 ms; make sure "now" is past them
// (a fast-starting runtime can get here sooner).
while (performance.now() < 40);
performance.mark('a', { startTime: 10 });
performance.mark('b', { startTime: 30 });
const show = (e) => console.log(e.constructor.name, e.name, e.entryType, e.startTime, e.duration, e.detail);
show(performance.measure('names', 'a', 'b'));
show(performance.measure('opts', { start: 'a', end: 'b', detail: ['d'] }));
show(performance.measure('start+duration', { start: 'a', duration: 5 }));
show(performance.measure('end-duration', { end: 'b', duration: 5 }));
show(performance.measure('numbers', { start: 2, end: 9 }));
show(performance.measure('mark+number', 'a', 20));
show(performance.measure('no start', undefined, 'b'));
const open = performance.measure('to now', 'a');
console.log(open.startTime, open.duration > 0);
const all = performance.measure('whole');
console.log(all.startTime, all.duration > 0);
performance.mark('a', { startTime: 20 });
show(performance.measure('latest mark wins', 'a', 'b'));
