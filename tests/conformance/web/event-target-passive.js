const et = new EventTarget();
// Node v20 does not block preventDefault() in passive listeners.
et.addEventListener('p', (e) => e.preventDefault(), { passive: true });
const ev = new Event('p', { cancelable: true });
console.log(et.dispatchEvent(ev), ev.defaultPrevented);
et.addEventListener('q', (e) => { e.preventDefault(); }, { passive: false, once: true, capture: false });
const ev2 = new Event('q', { cancelable: true });
console.log(et.dispatchEvent(ev2), ev2.defaultPrevented);
et.addEventListener('r', () => console.log('boolean options = capture'), true);
et.dispatchEvent(new Event('r'));
