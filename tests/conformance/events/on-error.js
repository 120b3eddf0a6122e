const { EventEmitter, on } = require('events');
const ee = new EventEmitter();
(async () => {
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('error', new Error('kaboom'));
  });
  try {
    for await (const [v] of on(ee, 'data')) console.log('data', v);
  } catch (err) {
    console.log('caught', err.message);
  }
  console.log('listeners', ee.listenerCount('data'), ee.listenerCount('error'));
  const it = on(ee, 'x');
  try { it.throw('not an error'); } catch (e) { console.log(e.code, e.message); }
  it.throw(new Error('thrown in'));
  await it.next().then(() => console.log('no'), (e) => console.log('next rejects', e.message));
  console.log(await it.next());
})();
