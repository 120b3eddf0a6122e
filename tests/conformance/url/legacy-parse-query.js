// url.parse(..., true): query parsed with querystring (null prototype).
const url = require('url');
console.log(url.parse('http://a/b?x=1&x=2&y=%20z', true).query);
console.log(url.parse('/b?x=1', true));
console.log(url.parse('/b', true).query, url.parse('/b', true).search);
console.log(url.parse('http://a/b#h', true).query);
