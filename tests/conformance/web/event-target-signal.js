const et = new EventTarget();
const ac = new AbortController();
let calls = 0;
et.addEventListener('e', () => calls++, { signal: ac.signal });
et.dispatchEvent(new Event('e'));
ac.abort();
et.dispatchEvent(new Event('e'));
console.log('calls', calls);
et.addEventListener('e', () => calls++, { signal: AbortSignal.abort() });
et.dispatchEvent(new Event('e'));
console.log('pre-aborted signal never adds', calls);
try { et.addEventListener('e', () => {}, { signal: 1 }); } catch (e) { console.log(e.code, e.message); }
console.log(require('events').getEventListeners(et, 'e').length);
