// url.parse(): the Url object for ordinary URLs.
const url = require('url');
console.log(url.parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/path/only?x=1'));
console.log(url.parse('relative/path'));
console.log(url.parse('mailto:someone@example.com'));
console.log(url.parse('') instanceof url.Url);
