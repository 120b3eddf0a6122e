// querystring.stringify(): objects, arrays, separators.
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: 'two', c: 'x y&z' }));
console.log(qs.stringify({ a: [1, 2], b: [] }));
console.log(JSON.stringify(qs.stringify({ a: [], b: [] })));
console.log(qs.stringify({ a: [], b: 1 }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ a: 1, b: 2 }, '', ''));
console.log(JSON.stringify([qs.stringify('str'), qs.stringify(null), qs.stringify(5)]));
console.log(qs.stringify([1, 2]));
console.log(qs.stringify({ 'ü€😀': 'ü€😀' }));
console.log(qs.stringify({ "!'()*~-._": "!'()*~-._ " }));
