const { EventEmitter, on } = require('events');
const ee = new EventEmitter();
const ac = new AbortController();
(async () => {
  setTimeout(() => ac.abort('enough'), 50);
  setTimeout(() => ee.emit('tick', 1), 1);
  try {
    for await (const [v] of on(ee, 'tick', { signal: ac.signal })) console.log('tick', v);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause);
  }
  console.log('listeners', ee.listenerCount('tick'));
  try {
    on(ee, 'tick', { signal: AbortSignal.abort('pre') });
  } catch (err) {
    console.log('sync', err.name, err.cause);
  }
  try { on(ee, 'x', { signal: 'no' }); } catch (e) { console.log(e.code, e.message); }
})();
