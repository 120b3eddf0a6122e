const { check } = require('./_check');
const src = Buffer.from('abcdef');
function c(...args) {
  const t = Buffer.alloc(4, '.');
  const n = src.copy(t, ...args);
  return [n, t.toString()];
}
for (const args of [[], [1], [1, 2], [0, 2, 4], [0, 4, 2], [3, 0], [4], [10], [0, 6], [0, 0, 100],
  [-1], [0, -1], [0, 7], [0, 0, -1], [1.5, 1.5], ['1', '2'], [NaN, NaN], [undefined, 2, undefined],
  [0, 1, 1]]) {
  check(`copy(${args.map(String)})`, () => c(...args));
}
check('copy to uint8array', () => {
  const t = new Uint8Array(3);
  return [src.copy(t, 1), t];
});
check('copy bad target', () => src.copy([]));
check('overlapping copy', () => {
  const b = Buffer.from('abcdef');
  b.copy(b, 2, 0, 4);
  return b.toString();
});
check('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')]));
check('concat total smaller', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
check('concat total larger', () => Buffer.concat([Buffer.from('abc')], 6));
check('concat empty', () => Buffer.concat([]));
check('concat empty length', () => Buffer.concat([], 5));
check('concat not array', () => Buffer.concat('abc'));
check('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
check('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
check('concat length string', () => Buffer.concat([Buffer.from('a')], '1'));
check('concat one is copy', () => {
  const a = Buffer.from('x');
  const r = Buffer.concat([a]);
  r[0] = 0x79;
  return [a.toString(), r.toString()];
});
