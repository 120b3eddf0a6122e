const { check } = require('./_check');
const enc = new TextEncoder();
check('encoding', () => enc.encoding);
for (const s of ['', 'abc', 'héllo', '€', '😀', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d', 42, null, undefined, { toString() { return 'obj'; } }]) {
  check(`encode ${JSON.stringify(String(s))}`, () => enc.encode(s));
}
check('encode no args', () => enc.encode());
check('encode returns Uint8Array', () => [enc.encode('x').constructor.name, Buffer.isBuffer(enc.encode('x'))]);
for (const [s, n] of [['abc', 5], ['abc', 2], ['h€😀', 5], ['h€😀', 8], ['h€😀', 1], ['😀', 3], ['\ud800x', 3], ['\ud800x', 4], ['', 3], ['é', 1]]) {
  check(`encodeInto(${JSON.stringify(s)}, ${n})`, () => {
    const dest = new Uint8Array(n);
    const r = enc.encodeInto(s, dest);
    return [r, dest];
  });
}
check('encodeInto subarray', () => {
  const backing = new Uint8Array(6);
  const r = enc.encodeInto('hey', backing.subarray(2, 4));
  return [r, backing];
});
check('encodeInto bad dest', () => enc.encodeInto('x', []));
check('encodeInto buffer dest', () => {
  const b = Buffer.alloc(3);
  return [enc.encodeInto('ab', b), b];
});
check('inspect', () => enc);
check('toStringTag', () => Object.prototype.toString.call(enc));
check('proto keys', () => Object.keys(TextEncoder.prototype));
check('global is util', () => TextEncoder === require('util').TextEncoder);
