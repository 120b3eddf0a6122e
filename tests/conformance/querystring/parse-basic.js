// querystring.parse(): pairs, duplicates become arrays, '+' is space.
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&c=3'));
console.log(qs.parse('a=1&a=2&a=3&b'));
console.log(qs.parse('a+b=c+d%20e'));
console.log(qs.parse('&&a&=&=b&c=&&'));
console.log(qs.parse('='), qs.parse('a==b'), qs.parse('a=b=c'));
console.log(qs.parse(''), qs.parse(123), qs.parse(null));
console.log(Object.getPrototypeOf(qs.parse('x=1')));
