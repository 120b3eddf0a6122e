// timerify() wraps a function; 'function' observers see its calls.
const { performance, PerformanceObserver } = require('perf_hooks');
function add(a, b) { return a + b; }
const timed = performance.timerify(add);
console.log(timed.name, timed.length, timed !== add);
const obs = new PerformanceObserver((list) => {
  const e = list.getEntries();
  console.log(e.length, e[0].name, e[0].entryType, typeof e[0].duration);
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
console.log(timed(2, 3));
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
console.log(new TimedPoint(4).x);
try { performance.timerify(5); } catch (e) { console.log(e.name, e.code); }
