// url.format() of legacy objects and strings.
const url = require('url');
const objs = [
  { protocol: 'http', host: 'a.com', pathname: '/x' },
  { protocol: 'https:', hostname: 'a.com', port: 8443, pathname: 'no-slash', search: 'q=1', hash: 'h' },
  { protocol: 'http', auth: 'us er:p@ss', hostname: '::1', port: '80' },
  { protocol: 'mailto', pathname: 'a@b.c' },
  { protocol: 'mailto', slashes: true, host: 'x' },
  { protocol: 'file', pathname: '/etc/x' },
  { protocol: 'http', host: 'h', pathname: '/a#b?c', query: { x: [1, 2], y: 'z w' } },
  { protocol: 'http', host: 'h', search: 'has#hash', query: { ignored: 1 } },
  { pathname: '/p', query: {} },
  { host: 'only-host' },
  {},
];
for (const o of objs) console.log(JSON.stringify(url.format(o)));
console.log(url.format('HTTP://Example.com/a b'));
console.log(url.format(url.parse('http://u:p@h:1/p?q#f')));
try { url.format(5); } catch (e) { console.log(e.code, e.message); }
try { url.format(null); } catch (e) { console.log(e.code, e.message); }
try { url.format({ protocol: 'http', auth: '\ud800', host: 'h' }); } catch (e) { console.log(e.name, e.code); }
