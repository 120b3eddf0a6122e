const events = require('events');
const { EventEmitter } = events;
process.on('warning', (w) => console.log(w.name, w.message, w.count, typeof w.type));
console.log(EventEmitter.defaultMaxListeners, events.defaultMaxListeners);
const ee = new EventEmitter();
console.log(ee.getMaxListeners(), events.getMaxListeners(ee));
ee.setMaxListeners(2);
for (let i = 0; i < 4; i++) ee.on('evt', () => {});
const et = new EventTarget();
console.log(events.getMaxListeners(et));
events.setMaxListeners(1, et, ee);
console.log(events.getMaxListeners(et), ee.getMaxListeners());
et.addEventListener('x', () => {});
et.addEventListener('x', () => {});
et.addEventListener('x', () => {});
for (const bad of [-1, NaN, 'x']) {
  try { ee.setMaxListeners(bad); } catch (e) { console.log(e.code, e.message); }
  try { events.setMaxListeners(bad); } catch (e) { console.log(e.code, e.message); }
}
try { EventEmitter.defaultMaxListeners = -1; } catch (e) { console.log(e.code, e.message); }
try { events.setMaxListeners(1, {}); } catch (e) { console.log(e.code, e.message); }
try { events.getMaxListeners({}); } catch (e) { console.log(e.code, e.message); }
ee.setMaxListeners(0);
for (let i = 0; i < 20; i++) ee.on('many', () => {});
console.log('zero means unlimited');
