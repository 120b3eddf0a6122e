// hrtime argument validation and bigint shape.
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('number', () => process.hrtime(5));
t('short', () => process.hrtime([1]));
t('long', () => process.hrtime([1, 2, 3]));
t('bigint type', () => typeof process.hrtime.bigint());
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log(b >= a);
const [s, ns] = process.hrtime();
console.log(Number(a / 1000000000n) - s <= 1, ns < 1e9);
