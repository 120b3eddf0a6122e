const { check } = require('./_check');
const b = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xff, 0x80, 0x00, 0x7f, 0xee]);
const methods = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE',
  'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE'];
for (const m of methods) {
  for (const off of [undefined, 0, 1, 3, 5, 7, 8, -1, 1.5, '1', NaN, null, 100]) {
    check(`${m}(${String(off)})`, () => b[m](off));
  }
}
check('aliases', () => [b.readUint8 === b.readUInt8, b.readUint16LE === b.readUInt16LE, b.readUint32BE(0), b.readUInt8.name]);
check('empty buffer', () => Buffer.alloc(0).readUInt8());
check('short buffer', () => Buffer.alloc(1).readUInt16LE());
