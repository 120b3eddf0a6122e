// Non-string values: finite numbers, bigints and booleans print; the rest is ''.
const qs = require('querystring');
console.log(qs.stringify({
  n: 1.5, neg: -0, i: Infinity, nan: NaN, b: true, f: false, u: undefined, nl: null,
  o: {}, big: 10n, s: 'x y', fn: () => 1, sym: Symbol('x'), arr: [null, true, 2n, 'z'],
}));
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = 2;
console.log(qs.stringify(obj));
try {
  qs.stringify({ a: '\ud800' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
