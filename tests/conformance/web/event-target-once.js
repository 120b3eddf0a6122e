const et = new EventTarget();
let n = 0;
et.addEventListener('x', () => n++, { once: true });
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
console.log('once count', n);
// A listener removed during dispatch does not run.
const log = [];
const second = () => log.push('second');
et.addEventListener('y', () => { log.push('first'); et.removeEventListener('y', second); });
et.addEventListener('y', second);
et.dispatchEvent(new Event('y'));
console.log(log.join(','));
// A listener added during dispatch does not run in that dispatch.
log.length = 0;
et.addEventListener('z', () => { log.push('z1'); et.addEventListener('z', () => log.push('late')); });
et.dispatchEvent(new Event('z'));
console.log(log.join(','));
et.dispatchEvent(new Event('z'));
console.log(log.join(','));
// Adding the same once-listener twice only registers once.
let m = 0;
const inc = () => m++;
et.addEventListener('w', inc, { once: true });
et.addEventListener('w', inc, { once: true });
et.dispatchEvent(new Event('w'));
et.dispatchEvent(new Event('w'));
console.log('m', m);
