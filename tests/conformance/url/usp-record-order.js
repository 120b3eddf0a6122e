// Record init follows own-key order: integer keys first, then insertion order.
const p = new URLSearchParams({ b: '1', 2: 'two', a: '3', 1: 'one', '-1': 'neg' });
console.log(p.toString());
const withGetter = { get x() { return 'computed'; } };
console.log(new URLSearchParams(withGetter).toString());
const arr = new URLSearchParams([['a', 1], ['b', { toString() { return 'obj'; } }]]);
console.log(arr.toString());
function* gen() { yield ['g1', 'v1']; yield new Set(['g2', 'v2']); }
console.log(new URLSearchParams(gen()).toString());
