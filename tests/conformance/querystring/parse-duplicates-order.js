// Duplicate keys collect values in order, across interleaved keys.
const qs = require('querystring');
console.log(qs.parse('a=1&b=x&a=2&b=y&a=3&c=&c'));
const r = qs.parse('k=1&k=2');
console.log(Array.isArray(r.k), r.k.length);
console.log(qs.stringify(qs.parse('a=1&b=x&a=2')));
console.log(qs.stringify({ nested: { deep: 1 }, list: [[1, 2], 3] }));
