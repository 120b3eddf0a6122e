// Keys that are Object.prototype names are ordinary keys (null prototype).
const qs = require('querystring');
const r = qs.parse('__proto__=1&constructor=2&hasOwnProperty=3&toString=4&toString=5');
console.log(r);
console.log(r.toString, Object.keys(r));
