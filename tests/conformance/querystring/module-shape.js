// querystring exports and aliases.
const qs = require('querystring');
console.log(Object.keys(qs).join(','));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.parse.length, qs.stringify.length, qs.escape.length, qs.unescape.length);
