const { check } = require('./_check');
const samples = ['', 'abc', 'héllo', '€', '😀', '\ud800', 'aGVsbG8=', 'aGVsbG8', 'YQ==', 'abcdef',
  'abc', '  =='];
for (const s of samples) {
  for (const enc of [undefined, 'utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii',
    'ucs2', 'utf16le', 'bogus']) {
    check(`byteLength(${JSON.stringify(s)}, ${enc})`, () => Buffer.byteLength(s, enc));
  }
}
check('buffer', () => Buffer.byteLength(Buffer.alloc(7)));
check('arraybuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
check('uint32array', () => Buffer.byteLength(new Uint32Array(3)));
check('dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(4), 1)));
check('number', () => Buffer.byteLength(5));
check('object', () => Buffer.byteLength({}));
