const { check } = require('./_check');
const mk = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i + 1));
for (const m of ['swap16', 'swap32', 'swap64']) {
  for (const n of [0, 2, 3, 4, 8, 16, 7]) check(`${m} len ${n}`, () => mk(n)[m]());
}
check('returns this', () => { const b = mk(4); return b.swap16() === b; });
check('swap on slice', () => {
  const b = mk(6);
  b.subarray(2).swap32();
  return b;
});
check('swap16 large', () => mk(256).swap16().readUInt16BE(254));
