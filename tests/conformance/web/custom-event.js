const et = new EventTarget();
et.addEventListener('data', (e) => console.log('detail', e.detail, e instanceof Event, e instanceof CustomEvent));
et.dispatchEvent(new CustomEvent('data', { detail: { n: 1 } }));
et.dispatchEvent(new CustomEvent('data'));
const c = new CustomEvent('x', { detail: 0, cancelable: true });
console.log(c.detail, c.cancelable, c.type, Object.prototype.toString.call(c), CustomEvent.length);
try { new CustomEvent(); } catch (err) { console.log(err.code, err.message); }
class MyEvent extends Event {
  constructor(v) { super('mine'); this.v = v; }
}
et.addEventListener('mine', (e) => console.log('subclass', e.v, e.type));
et.dispatchEvent(new MyEvent(7));
