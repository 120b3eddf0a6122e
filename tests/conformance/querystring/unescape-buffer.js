// querystring.unescapeBuffer(): bytes; bad escapes kept; '+' only when asked.
const qs = require('querystring');
const bytes = (b) => Array.from(b).join(',');
console.log(bytes(qs.unescapeBuffer('a%20b+c%zz%4')));
console.log(bytes(qs.unescapeBuffer('a+b', true)));
console.log(bytes(qs.unescapeBuffer('%e2%82%ac')));
console.log(bytes(qs.unescapeBuffer('ü')));
console.log(bytes(qs.unescapeBuffer('')));
console.log(qs.unescapeBuffer('x').length);
