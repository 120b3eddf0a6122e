// Nesting beyond depth 2 is shown as [Object] / [Array].
const deep = { a: { b: { c: { d: 1 } } }, arr: [[[[1]]]] };
console.log(deep);
console.log({ level1: { level2: { level3: 'x' }, sibling: [1, { inner: true }] } });
console.log({ x: 1, y: 'two', z: [3], f: null, u: undefined });
const long = {};
for (let i = 0; i < 10; i++) long['key' + i] = 'value number ' + i;
console.log(long);
