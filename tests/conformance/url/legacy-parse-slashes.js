// slashesDenoteHost and protocol-relative input.
const url = require('url');
const pick = (u) => JSON.stringify([u.protocol, u.slashes, u.auth, u.host, u.pathname, u.search, u.hash, u.href]);
console.log(pick(url.parse('//foo/bar')));
console.log(pick(url.parse('//foo/bar', false, true)));
console.log(pick(url.parse('//u@foo/bar')));
console.log(pick(url.parse('//a/b?c', true, true)));
console.log(pick(url.parse('///x', false, true)));
console.log(pick(url.parse('foo:/bar')));
console.log(pick(url.parse('foo://bar/baz')));
