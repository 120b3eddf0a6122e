// url.resolveObject() and Url#resolveObject.
const url = require('url');
console.log(url.resolveObject('http://a/b/c', '../d'));
console.log(url.resolveObject('', 'x'));
console.log(url.parse('http://a/b/c').resolveObject('g?y#z'));
console.log(url.parse('http://a/b').resolveObject(url.parse('//h2/p', false, true)).href);
console.log(url.parse('http://a/b').resolve('c/d'));
