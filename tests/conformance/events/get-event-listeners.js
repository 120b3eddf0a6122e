const { EventEmitter, getEventListeners } = require('events');
const ee = new EventEmitter();
const f1 = () => {};
const f2 = () => {};
ee.on('a', f1);
ee.once('a', f2);
console.log(getEventListeners(ee, 'a').length, getEventListeners(ee, 'a')[1] === f2, getEventListeners(ee, 'none'));
const et = new EventTarget();
const h = { handleEvent() {} };
et.addEventListener('b', f1);
et.addEventListener('b', h);
et.addEventListener('b', f1);
console.log(getEventListeners(et, 'b').length, getEventListeners(et, 'b')[1] === h);
et.removeEventListener('b', f1);
console.log(getEventListeners(et, 'b').length, getEventListeners(et, 'c'));
try { getEventListeners({}, 'x'); } catch (e) { console.log(e.code, e.message); }
