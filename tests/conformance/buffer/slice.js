const { check } = require('./_check');
const b = Buffer.from('abcdefgh');
for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [100], [-100, 2], [1.7, 4.9],
  [NaN, 3], ['2', '4'], [undefined, 3], [2, undefined], [Infinity], [-Infinity, 2]]) {
  check(`slice(${args.map(String)})`, () => b.slice(...args));
  check(`subarray(${args.map(String)})`, () => b.subarray(...args));
}
check('slice shares memory', () => {
  const s = b.slice(1, 3);
  s[0] = 0x5a;
  return [b.toString(), s instanceof Buffer, s.byteOffset - b.byteOffset];
});
check('subarray shares memory', () => {
  const s = b.subarray(4);
  s[0] = 0x59;
  return [b.toString(), s instanceof Buffer];
});
check('nested slice', () => b.slice(1).slice(1, 3).toString());
check('map returns buffer', () => Buffer.from([1, 2]).map((x) => x * 2));
check('filter returns buffer', () => Buffer.from([1, 2, 3]).filter((x) => x > 1));
