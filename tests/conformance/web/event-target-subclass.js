class Emitterish extends EventTarget {
  constructor() { super(); this.count = 0; }
  fire(type) { this.count++; return this.dispatchEvent(new Event(type)); }
}
const t = new Emitterish();
t.addEventListener('ping', function (e) { console.log('ping', this === t, e.target === t, this.count); });
console.log(t.fire('ping'), t instanceof EventTarget, Object.prototype.toString.call(t));
console.log(require('util').inspect(new EventTarget()), require('util').inspect(t));
const sym = Symbol('evt');
try { t.addEventListener(sym, () => {}); } catch (e) { console.log(e.code, e.message); }
t.dispatchEvent(new Event('Symbol(evt)'));
