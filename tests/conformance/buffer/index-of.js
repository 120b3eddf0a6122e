const { check } = require('./_check');
const b = Buffer.from('abcdef€abc');
const cases = [
  ['a'], ['c'], ['abc'], ['abc', 1], ['abc', -3], ['abc', -100], ['abc', 100], ['z'], [''],
  ['', 3], ['', 100], ['', -2], ['€'], [0x62], [0x62 + 256], [-158], [0x62, 5], [0x62, -2],
  [Buffer.from('bc')], [Buffer.from('bc'), 3], [new Uint8Array([0x63])], [Buffer.alloc(0)],
  ['6263', 'hex'], ['6263', 0, 'hex'], ['YmM=', 'base64'], ['bc', 'latin1'], ['bc', 'ascii'],
  ['b', NaN], ['b', '1'], ['b', null], ['b', {}], ['b', 1.9], ['b', Infinity], ['b', -Infinity],
  ['abcdef€abcX'],
];
for (const args of cases) {
  const label = args.map((x) => (typeof x === 'string' ? JSON.stringify(x) : Buffer.isBuffer(x) ? `buf(${x.toString('hex')})` : String(x))).join(', ');
  check(`indexOf(${label})`, () => b.indexOf(...args));
  check(`lastIndexOf(${label})`, () => b.lastIndexOf(...args));
  check(`includes(${label})`, () => b.includes(...args));
}
check('unknown enc', () => b.indexOf('a', 0, 'nope'));
check('unknown enc buffer needle', () => b.indexOf(Buffer.from('a'), 0, 'nope'));
check('bad value', () => b.indexOf({}));
check('bad value bool', () => b.indexOf(true));
const u = Buffer.from('abcabc', 'ucs2');
check('ucs2 indexOf', () => [u.indexOf('b', 'ucs2'), u.indexOf('c', 0, 'utf16le'), u.lastIndexOf('a', 'ucs2'), u.indexOf('ca', 'ucs2'), u.indexOf('\u6200', 'ucs2')]);
check('ucs2 odd alignment', () => Buffer.from([0x00, 0x61, 0x00, 0x61, 0x00]).indexOf('a', 'ucs2'));
check('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(1)]);
