// url.Url used directly.
const url = require('url');
const u = new url.Url();
console.log(u);
u.parse('http://a/b/c?x=1');
console.log(u.href, u.resolve('../d'), u.format());
const o = Object.assign(new url.Url(), { protocol: 'https', hostname: 'h', pathname: '/p', query: { a: 1 } });
console.log(o.format());
console.log(url.parse('http://a/b') instanceof url.Url, Object.keys(url.parse('x')).join(','));
