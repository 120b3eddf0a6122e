// scheduler.wait and scheduler.yield, and their this/option checks.
const tp = require('timers/promises');
const { scheduler } = tp;
(async () => {
  console.log(await scheduler.wait(2));
  console.log(await scheduler.yield());
  console.log(await scheduler.wait());
  try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  await scheduler.wait(1, 5).catch((e) => console.log(e.code, e.message));
  await scheduler.wait(1, { signal: 4 }).catch((e) => console.log(e.code, e.message));
  const order = [];
  const a = scheduler.wait(10).then(() => order.push('wait'));
  const b = scheduler.yield().then(() => order.push('yield'));
  await Promise.all([a, b]);
  console.log(order);
})();
