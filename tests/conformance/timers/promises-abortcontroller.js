// Real AbortController: abort rejects with AbortError whose cause is the reason.
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(100000, 'v', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) {
    console.log(e.name, e.code, e.message, e.cause.name, e.cause instanceof DOMException);
  }
  const ac2 = new AbortController();
  ac2.abort('reason');
  await tp.setImmediate('v', { signal: ac2.signal }).catch((e) => console.log(e.name, e.cause));
  const ac3 = new AbortController();
  setTimeout(() => ac3.abort(new Error('boom')), 5);
  try {
    for await (const v of tp.setInterval(1, 'x', { signal: ac3.signal })) void v;
  } catch (e) {
    console.log('interval', e.name, e.cause.message);
  }
  const ac4 = new AbortController();
  console.log(await tp.setTimeout(1, 'not aborted', { signal: ac4.signal }));
  ac4.abort();
  console.log('late abort harmless');
})();
