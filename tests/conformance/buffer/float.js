const { check } = require('./_check');
function w(m, ...args) {
  const out = Buffer.alloc(9);
  const r = out[m](...args);
  return [r, out];
}
const values = [0, -0, 1, -1.5, 0.1, Math.PI, 1e40, -1e-50, 3.4028234663852886e38, NaN, Infinity,
  -Infinity, 5e-324, Number.MAX_VALUE, '2.5', null, 'x'];
for (const m of ['writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE']) {
  for (const v of values) check(`${m}(${String(v)})`, () => w(m, v));
  check(`${m}(1, 1)`, () => w(m, 1, 1));
  check(`${m}(1, 6)`, () => w(m, 1, 6));
  check(`${m}(1, -1)`, () => w(m, 1, -1));
  check(`${m}(1, 'a')`, () => w(m, 1, 'a'));
}
const r = Buffer.from([0x00, 0x00, 0x80, 0x3f, 0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xf1, 0x3f]);
for (const m of ['readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE']) {
  for (const off of [undefined, 0, 1, 2, 4, 8, 9, -1, 1.5]) check(`${m}(${String(off)})`, () => r[m](off));
}
check('negative zero', () => {
  const x = Buffer.alloc(8);
  x.writeDoubleLE(-0);
  return [Object.is(x.readDoubleLE(), -0), x];
});
check('nan bits', () => {
  const x = Buffer.alloc(4);
  x.writeFloatBE(NaN);
  return Number.isNaN(x.readFloatBE());
});
check('float rounding', () => {
  const x = Buffer.alloc(4);
  x.writeFloatLE(0.1);
  return x.readFloatLE();
});
