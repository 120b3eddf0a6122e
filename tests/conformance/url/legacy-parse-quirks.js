// url.parse() quirks: case, whitespace, backslashes, auto-escaping, odd hosts.
const url = require('url');
const inputs = ['  http://x.com/a b\t ', 'HTTP://X.COM', 'JavaScript:Foo/bar', 'javascript:alert("x y")',
  'http://x.com\\a\\b?c\\d#e\\f', 'http://x.com/"\'<>`{|}^', 'http://a.com.', 'http://a.com./x',
  'http://x_y.com/', 'http://x*y.com/z', 'http://ex ample.com', 'http://a;b/', 'http://a%b/',
  'http://ÄÖÜ.de/', 'http://a\tb.com/', 'http://x.com/a\tb\nc', 'http://user@/x', 'http://@x/',
  'http://x/@y', 'x://y@z', 'foo://', 'http:', 'http:x', 'http:/x', 'http:///x', 'HTTP:x', 'file:x',
  'a.b.c:1234', 'svn+ssh://x/y', 'git+ssh://git@github.com/user/repo.git', 'http://a/b?c#d?e#f',
  'http://a.com:80/', 'http://a.com:/', 'http://%41@x/', 'http://a b@c/', '?x=y', '#h', ' ', 'A:\\b\\c'];
for (const i of inputs) {
  const u = url.parse(i);
  console.log(JSON.stringify(i), JSON.stringify([u.protocol, u.slashes, u.auth, u.host, u.port,
    u.hostname, u.hash, u.search, u.pathname, u.path, u.href]));
}
