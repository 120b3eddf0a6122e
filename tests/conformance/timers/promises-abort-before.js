// An already-aborted signal rejects at once with AbortError, cause = reason.
const tp = require('timers/promises');
const signal = { aborted: true, reason: 'why' };
function show(label, p) {
  return p.then((v) => console.log(label, 'resolved', v), (e) => {
    console.log(label, e.name, e.code, e.message, e.cause, e instanceof Error);
    console.log(' own keys', Object.keys(e));
  });
}
(async () => {
  await show('timeout', tp.setTimeout(10, 'v', { signal }));
  await show('immediate', tp.setImmediate('v', { signal }));
  await show('interval', tp.setInterval(10, 'v', { signal }).next());
  await show('wait', tp.scheduler.wait(10, { signal }));
  const err = { code: 'E' };
  await show('object reason', tp.setTimeout(10, 'v', { signal: { aborted: true, reason: err } }));
})();
