// Writes wait until the readable side is read (readable HWM 0 by default).
const { delay } = require('./_util');
(async () => {
  const log = [];
  const ts = new TransformStream({
    transform(c, ctl) { log.push(`transform ${c}`); ctl.enqueue(c); },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  console.log('writable desired', w.desiredSize);
  w.write('a').then(() => log.push('a written'));
  w.write('b').then(() => log.push('b written'));
  await delay(2);
  log.push(`before read, desired ${w.desiredSize}`);
  log.push(`read ${(await r.read()).value}`);
  await delay(2);
  log.push(`read ${(await r.read()).value}`);
  await delay(2);
  console.log(log.join('\n'));
  const ts2 = new TransformStream({}, { highWaterMark: 4 }, { highWaterMark: 2 });
  const w2 = ts2.writable.getWriter();
  console.log('custom hwm', w2.desiredSize);
  let ctl;
  new TransformStream({ start(c) { ctl = c; } }, undefined, { highWaterMark: 3 });
  console.log('controller desired', ctl.desiredSize);
})();
