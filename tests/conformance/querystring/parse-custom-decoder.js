// options.decodeURIComponent sees every non-empty part ('+' as %20);
// a throwing decoder falls back to querystring.unescape.
const qs = require('querystring');
console.log(qs.parse('a=%41+b&c', null, null, { decodeURIComponent: (s) => `[${s}]` }));
console.log(qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
console.log(qs.parse('x=1', null, null, { decodeURIComponent: 'not a function' }));
const saved = qs.unescape;
qs.unescape = (s) => s.toUpperCase();
console.log(qs.parse('ab=cd&e%41=f'));
qs.unescape = saved;
console.log(qs.parse('ab=cd&e%41=f'));
