// Ticks missed while the consumer is busy are yielded back to back.
const tp = require('timers/promises');
(async () => {
  const it = tp.setInterval(1, 'z');
  await tp.setTimeout(30);
  const a = await it.next();
  const b = await it.next();
  console.log(a, b);
  await it.return();
})();
