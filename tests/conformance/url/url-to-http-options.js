// url.urlToHttpOptions().
const url = require('url');
console.log(url.urlToHttpOptions(new URL('https://u%20x:p@[::1]:8080/a/b?c=d#e')));
console.log(url.urlToHttpOptions(new URL('http://example.com')));
console.log(url.urlToHttpOptions(new URL('http://only-user@h/')).auth);
