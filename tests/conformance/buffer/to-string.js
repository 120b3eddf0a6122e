const { check } = require('./_check');
const b = Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x00, 0x7f]);
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2',
  'utf16le', 'UTF-8', 'Hex']) {
  check(`toString(${enc})`, () => b.toString(enc));
  check(`toString(${enc}, 1, 4)`, () => b.toString(enc, 1, 4));
}
check('no args', () => b.toString());
check('undefined enc range', () => b.toString(undefined, 0, 3));
check('start neg', () => b.toString('hex', -5));
check('start past end', () => b.toString('hex', 100));
check('end past end', () => b.toString('hex', 10, 100));
check('end before start', () => b.toString('hex', 5, 2));
check('fractional', () => b.toString('hex', 1.7, 3.2));
check('NaN start', () => b.toString('hex', NaN, 2));
check('string start', () => b.toString('hex', '2', '4'));
check('unknown', () => b.toString('nope'));
check('empty enc', () => b.toString(''));
check('null enc', () => b.toString(null));
check('toLocaleString', () => b.toLocaleString('hex', 0, 2));
check('ucs2 odd', () => Buffer.from([0x41, 0, 0x42]).toString('ucs2'));
check('utf8 invalid', () => Buffer.from([0xe0, 0x80, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0xf8]).toString());
check('utf8 truncated', () => Buffer.from([0x41, 0xf0, 0x9f, 0x98]).toString());
check('slices', () => [b.utf8Slice(0, 3), b.hexSlice(1, 2), b.latin1Slice(0, 2), b.asciiSlice(1, 3), b.base64Slice(0, 4), b.ucs2Slice(0, 4)]);
