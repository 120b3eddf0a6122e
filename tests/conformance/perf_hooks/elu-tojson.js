// eventLoopUtilization() shape (all zero before the loop starts) and toJSON.
const { performance } = require('perf_hooks');
console.log(performance.eventLoopUtilization());
console.log(Object.keys(performance.toJSON()));
const nt = performance.nodeTiming;
console.log(nt.name, nt.entryType, nt.startTime, typeof nt.duration);
for (const k of ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopExit', 'idleTime']) {
  console.log(k, typeof nt[k]);
}
console.log(nt.loopExit);
setTimeout(() => {
  const u = performance.eventLoopUtilization();
  console.log(Object.keys(u), typeof u.idle, typeof u.active, u.utilization >= 0 && u.utilization <= 1);
  const d = performance.eventLoopUtilization(u);
  console.log(Object.keys(d), d.utilization >= 0 && d.utilization <= 1);
  console.log(nt.loopStart > 0);
}, 5);
