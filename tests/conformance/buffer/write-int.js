const { check } = require('./_check');
function w(m, ...args) {
  const b = Buffer.alloc(6);
  const r = b[m](...args);
  return [r, b];
}
const cases = {
  writeUInt8: [[0], [255], [256], [-1], [1.5], [NaN], ['7'], [255, 5], [1, 6], [1, -1], [1, 1.5], [1, '1'], [-0]],
  writeInt8: [[127], [-128], [128], [-129], [-1.5], [NaN], [1, 6]],
  writeUInt16LE: [[0xabcd], [0x10000], [-1], [1.9], [1, 4], [1, 5]],
  writeUInt16BE: [[0xabcd], [0xabcd, 4]],
  writeInt16LE: [[-2], [0x7fff], [-0x8000], [0x8000], [-1.5]],
  writeInt16BE: [[-2], [-0x8001]],
  writeUInt32LE: [[0xdeadbeef], [2 ** 32], [-1], [1, 2], [1, 3], [2 ** 33]],
  writeUInt32BE: [[0xdeadbeef], [1.5]],
  writeInt32LE: [[-1], [2 ** 31], [-(2 ** 31)], [-(2 ** 31) - 1]],
  writeInt32BE: [[-2], [0x12345678, 2]],
};
for (const m of Object.keys(cases)) {
  for (const args of cases[m]) check(`${m}(${args.map(String)})`, () => w(m, ...args));
}
check('uint alias', () => w('writeUint16BE', 258));
check('returns offset', () => Buffer.alloc(8).writeUInt32LE(1, 4));
check('round trip', () => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(-123456);
  return [b.readInt32BE(), b.readUInt32BE(), b.readInt16LE(2)];
});
