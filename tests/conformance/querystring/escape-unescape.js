// querystring.escape / unescape.
const qs = require('querystring');
console.log(qs.escape('a b&c/ü?=#'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }), qs.escape([1, 2]));
console.log(qs.escape("AZaz09-._~!'()*"));
console.log(qs.unescape('a%20b+c'), qs.unescape('%zz%E2%82'), qs.unescape('a+b', true), qs.unescape('%41%'));
try { qs.escape('\udc00'); } catch (e) { console.log(e.name, e.code, e.message); }
