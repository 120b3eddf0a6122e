// options.encodeURIComponent gets every key and value as a string.
const qs = require('querystring');
console.log(qs.stringify({ 'a b': 'c d' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.stringify({ a: [1, true, null] }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
const saved = qs.escape;
qs.escape = (s) => `(${s})`;
console.log(qs.stringify({ k: 'v' }));
qs.escape = saved;
console.log(qs.stringify({ k: 'v w' }));
