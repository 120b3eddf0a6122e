// url.format(URL, options): auth/fragment/search/unicode.
const url = require('url');
const u = new URL('http://u:p@xn--fiq228c.com:81/a?b=1#c');
console.log(url.format(u));
console.log(url.format(u, { unicode: true }));
console.log(url.format(u, { auth: false, fragment: false, search: false }));
console.log(url.format(u, { unicode: true, auth: false }));
console.log(url.format(u, { fragment: 0, search: null }));
console.log(url.format(new URL('file:///x?y#z'), { search: false, fragment: false }));
try { url.format(u, 5); } catch (e) { console.log(e.code, e.message); }
console.log(url.format(new URL('http://xn--fiq228c.com:p@xn--fiq228c.com/xn--fiq228c.com'), { unicode: true }));
