const { EventEmitter, once } = require('events');
const ee = new EventEmitter();
(async () => {
  process.nextTick(() => ee.emit('ready', 1, 2));
  console.log(await once(ee, 'ready'));
  process.nextTick(() => ee.emit('error', new Error('failed')));
  try { await once(ee, 'ready'); } catch (e) { console.log('rejected', e.message); }
  console.log('listeners', ee.listenerCount('ready'), ee.listenerCount('error'));
  process.nextTick(() => ee.emit('error', new Error('as value')));
  const [err] = await once(ee, 'error');
  console.log('error event as value', err.message);
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('go')), 1);
  const [ev] = await once(et, 'go');
  console.log('event target', ev.type);
  once(ee, 'x', { signal: 5 }).catch((e) => console.log(e.code, e.message));
})();
