const { check } = require('./_check');
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x88, 0xff]);
for (const m of ['readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE',
  'readBigUint64LE', 'readBigUint64BE']) {
  for (const off of [undefined, 0, 1, 2, -1, 0.5, '0']) check(`${m}(${String(off)})`, () => b[m](off));
}
function w(m, ...args) {
  const out = Buffer.alloc(9);
  const r = out[m](...args);
  return [r, out];
}
for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE']) {
  for (const args of [[0n], [2n ** 64n - 1n], [2n ** 64n], [-1n], [0x0102030405060708n, 1], [1n, 2], [1n, -1], [1]]) {
    check(`${m}(${args.map((x) => (typeof x === 'bigint' ? `${x}n` : String(x)))})`, () => w(m, ...args));
  }
}
for (const m of ['writeBigInt64LE', 'writeBigInt64BE']) {
  for (const args of [[-1n], [-(2n ** 63n)], [2n ** 63n - 1n], [2n ** 63n], [-(2n ** 63n) - 1n], [-2n, 1], [5n, 9], [1.5]]) {
    check(`${m}(${args.map((x) => (typeof x === 'bigint' ? `${x}n` : String(x)))})`, () => w(m, ...args));
  }
}
check('round trip', () => {
  const x = Buffer.alloc(8);
  x.writeBigInt64LE(-1234567890123456789n);
  return [x.readBigInt64LE(), x.readBigUInt64LE(), x.readBigInt64BE()];
});
