// The same value through every fixed-width writer, LE and BE, read back.
const b = Buffer.alloc(8);
const pairs = [['UInt16', 0xbeef], ['Int16', -2], ['UInt32', 0xcafebabe], ['Int32', -123456789],
  ['Float', 1.5], ['Double', -2.25], ['BigUInt64', 0x0102030405060708n], ['BigInt64', -5n]];
for (const [type, value] of pairs) {
  for (const end of ['LE', 'BE']) {
    b.fill(0);
    const next = b[`write${type}${end}`](value, 0);
    console.log(type, end, next, b.toString('hex'), b[`read${type}${end}`](0));
  }
}
const u = Buffer.alloc(4);
u.writeUInt32BE(0x01020304);
console.log(u.readUInt32LE(), u.readUInt16BE(1), u.readUInt16LE(1), u.readInt8(3), u.readUInt8(0));
const dv = new DataView(u.buffer, u.byteOffset, u.byteLength);
console.log(dv.getUint32(0), dv.getUint32(0, true));
