const { types } = require('util');
const ab = new ArrayBuffer(8);
const sab = new SharedArrayBuffer(8);
const all = { ab, sab, u8: new Uint8Array(2), u8c: new Uint8ClampedArray(2), i16: new Int16Array(2),
  f64: new Float64Array(1), b64: new BigInt64Array(1), bu64: new BigUint64Array(1),
  dv: new DataView(ab), arr: [1, 2], obj: { byteLength: 8 } };
const checks = ['isArrayBuffer', 'isSharedArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView',
  'isTypedArray', 'isDataView', 'isUint8Array', 'isUint8ClampedArray', 'isInt16Array',
  'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array', 'isUint16Array', 'isInt8Array',
  'isUint32Array', 'isInt32Array', 'isFloat32Array'];
for (const [name, v] of Object.entries(all)) {
  console.log(name.padEnd(4), checks.filter((c) => types[c](v)).join(' ') || '-');
}
console.log(types.isUint8Array(Object.create(Uint8Array.prototype)));
