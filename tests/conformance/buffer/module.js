const buffer = require('buffer');
console.log(Object.keys(buffer));
console.log(buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength);
console.log(Buffer.poolSize, buffer.Buffer === Buffer, require('node:buffer') === buffer);
console.log(typeof buffer.SlowBuffer, typeof buffer.transcode, typeof buffer.Blob, typeof buffer.File);
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength);
console.log(Buffer.isEncoding('utf8'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('ucs-2'),
  Buffer.isEncoding('binary'), Buffer.isEncoding('base64url'), Buffer.isEncoding(''),
  Buffer.isEncoding('utf-16'), Buffer.isEncoding(null), Buffer.isEncoding('Latin1'));
console.log(buffer.isUtf8(Buffer.from('é')), buffer.isUtf8(Buffer.from([0xff])), buffer.isUtf8(new ArrayBuffer(2)));
console.log(buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')), buffer.isAscii(new Uint16Array([0x41])));
try { buffer.isUtf8('x'); } catch (e) { console.log(e.code, e.message); }
const methods = Object.keys(Buffer.prototype).filter((k) => /^(read|write)/.test(k)).sort();
console.log(methods.length, methods.join(' '));
