const { check } = require('./_check');
const b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x90, 0xab, 0xcd]);
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (let n = 1; n <= 6; n++) {
    check(`${m}(0, ${n})`, () => b[m](0, n));
    check(`${m}(1, ${n})`, () => b[m](1, n));
  }
  check(`${m}(2, 6)`, () => b[m](2, 6));
  check(`${m}(0, 0)`, () => b[m](0, 0));
  check(`${m}(0, 7)`, () => b[m](0, 7));
  check(`${m}(0, 1.5)`, () => b[m](0, 1.5));
  check(`${m}(0, '2')`, () => b[m](0, '2'));
  check(`${m}()`, () => b[m]());
  check(`${m}(0)`, () => b[m](0));
  check(`${m}(-1, 2)`, () => b[m](-1, 2));
}
function w(m, ...args) {
  const out = Buffer.alloc(7);
  const r = out[m](...args);
  return [r, out];
}
for (const m of ['writeUIntLE', 'writeUIntBE']) {
  for (let n = 1; n <= 6; n++) {
    check(`${m}(max, 0, ${n})`, () => w(m, 2 ** (8 * n) - 1, 0, n));
    check(`${m}(over, 0, ${n})`, () => w(m, 2 ** (8 * n), 0, n));
    check(`${m}(-1, 0, ${n})`, () => w(m, -1, 0, n));
  }
  check(`${m}(0x123456789a, 1, 5)`, () => w(m, 0x123456789a, 1, 5));
  check(`${m}(1, 2, 6)`, () => w(m, 1, 2, 6));
  check(`${m}(1, 0, 7)`, () => w(m, 1, 0, 7));
  check(`${m}(1, 0)`, () => w(m, 1, 0));
  check(`${m}(1)`, () => w(m, 1));
}
for (const m of ['writeIntLE', 'writeIntBE']) {
  for (let n = 1; n <= 6; n++) {
    check(`${m}(min, 0, ${n})`, () => w(m, -(2 ** (8 * n - 1)), 0, n));
    check(`${m}(max, 0, ${n})`, () => w(m, 2 ** (8 * n - 1) - 1, 0, n));
    check(`${m}(under, 0, ${n})`, () => w(m, -(2 ** (8 * n - 1)) - 1, 0, n));
  }
  check(`${m}(-0x123456789a, 0, 6)`, () => w(m, -0x123456789a, 0, 6));
  check(`${m}(-1.5, 0, 6)`, () => w(m, -1.5, 0, 6));
}
check('round trip 48', () => {
  const x = Buffer.alloc(6);
  x.writeIntBE(-0x7fabcdef1234, 0, 6);
  return [x.readIntBE(0, 6), x.readUIntBE(0, 6), x.readIntLE(0, 6)];
});
