// util.inspect / console.log of URL objects.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#frag');
console.log(u);
console.log([new URL('file:///tmp/x')]);
console.log({ a: { b: { c: u } } });
console.log(util.inspect(u, { depth: 0 }));
console.log(Object.prototype.toString.call(u));
console.log(Object.keys(u), typeof u.href);
