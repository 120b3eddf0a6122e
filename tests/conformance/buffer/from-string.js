const { check } = require('./_check');
const samples = ['hello', 'héllo wörld', '€😀', '', 'a\u0000b', '\ud800x', 'x\udc00'];
const encodings = ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary',
  'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2'];
for (const s of samples) {
  for (const enc of encodings) check(`from(${JSON.stringify(s)}, ${enc})`, () => Buffer.from(s, enc));
}
check('hex odd', () => Buffer.from('abc', 'hex'));
check('hex bad pair', () => Buffer.from('12zz34', 'hex'));
check('hex upper', () => Buffer.from('DEADbeef', 'hex'));
check('base64 no pad', () => Buffer.from('aGVsbG8', 'base64'));
check('base64 spaces', () => Buffer.from('aGVs bG8=\n', 'base64'));
check('base64 url chars', () => Buffer.from('-_-_', 'base64'));
check('base64url std chars', () => Buffer.from('+/+/', 'base64url'));
check('base64 stop at =', () => Buffer.from('YQ==YWJj', 'base64'));
check('latin1 high', () => Buffer.from('\u0100\u00ff', 'latin1'));
check('ascii high', () => Buffer.from('\u00e9', 'ascii'));
check('unknown enc', () => Buffer.from('x', 'nope'));
check('empty unknown enc', () => Buffer.from('', 'nope'));
check('non-string enc', () => Buffer.from('ab', 5));
check('empty enc', () => Buffer.from('ab', ''));
