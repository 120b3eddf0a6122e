const { EventEmitter, once } = require('events');
const ee = new EventEmitter();
(async () => {
  const ac = new AbortController();
  const p = once(ee, 'never', { signal: ac.signal });
  console.log('listeners while waiting', ee.listenerCount('never'), ee.listenerCount('error'));
  ac.abort('reason!');
  try { await p; } catch (e) {
    console.log(e.name, e.code, e.message, e.cause, e instanceof Error);
  }
  console.log('listeners after abort', ee.listenerCount('never'), ee.listenerCount('error'));
  try { await once(ee, 'x', { signal: AbortSignal.abort() }); } catch (e) {
    console.log('pre-aborted', e.code, e.cause.name);
  }
  const ac2 = new AbortController();
  process.nextTick(() => ee.emit('done', 'v'));
  console.log(await once(ee, 'done', { signal: ac2.signal }));
  ac2.abort();
  console.log('abort after resolve is harmless');
})();
