// util.inspect of URLSearchParams and its iterators.
const util = require('util');
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams('a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&jjjjjjjjjjjjj=10'));
console.log(util.inspect(new URLSearchParams('x=1'), { depth: -1 }));
console.log({ nested: { p: new URLSearchParams('q=\'quoted\'') } });
const p = new URLSearchParams('a=1&b=2&c=3');
console.log(p.keys(), p.values());
const e = p.entries();
e.next();
console.log(e);
console.log(Object.prototype.toString.call(p));
