// Aborting an interval iterator rejects the waiting next() with AbortError.
const tp = require('timers/promises');
const fakeController = require('./_fake_signal');
(async () => {
  const c = fakeController();
  const it = tp.setInterval(2, 'x', { signal: c.signal });
  console.log(await it.next());
  setTimeout(() => c.abort('enough'), 1);
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
    }
  } catch (e) {
    console.log('after abort', e.name, e.code, e.cause);
  }
  console.log(await it.next());
  console.log('listeners', c.listeners.size);
})();
