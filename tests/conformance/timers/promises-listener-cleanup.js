// The abort listener is removed once a timer promise settles.
const tp = require('timers/promises');
const fakeController = require('./_fake_signal');
(async () => {
  const c = fakeController();
  const p = tp.setTimeout(1, 'a', { signal: c.signal });
  console.log('listeners while pending', c.listeners.size);
  console.log(await p);
  console.log('listeners after', c.listeners.size);
  const c2 = fakeController();
  const p2 = tp.setImmediate('b', { signal: c2.signal });
  console.log('immediate listeners while pending', c2.listeners.size);
  console.log(await p2);
  console.log('immediate listeners after', c2.listeners.size);
  const c3 = fakeController();
  const it = tp.setInterval(1, 'c', { signal: c3.signal });
  console.log(await it.next());
  console.log('interval listeners while iterating', c3.listeners.size);
  await it.return();
  console.log('interval listeners after return', c3.listeners.size);
})();
