const et = new EventTarget();
const order = [];
function a(e) { order.push(`a:${e.type}:${this === et}`); }
const b = { handleEvent(e) { order.push(`b:${this === b}:${e.target === et}`); } };
et.addEventListener('go', a);
et.addEventListener('go', b);
et.addEventListener('go', a); // duplicate: ignored
et.addEventListener('go', a, { capture: true }); // different capture: added
const ev = new Event('go');
console.log(et.dispatchEvent(ev), order.join(' '));
console.log(ev.target === et, ev.currentTarget, ev.eventPhase, ev.isTrusted);
et.removeEventListener('go', a);
et.removeEventListener('go', a, true);
order.length = 0;
et.dispatchEvent(new Event('go'));
console.log(order.join(' '));
console.log(et.dispatchEvent(new Event('nobody')));
console.log(Object.prototype.toString.call(et), String(et), typeof EventTarget.prototype.dispatchEvent);
