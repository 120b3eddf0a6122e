// url.resolve(): RFC-style cases and Node's legacy quirks.
const url = require('url');
const base = 'http://a/b/c/d;p?q';
for (const r of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '', '.', './', '..', '../',
  '../g', '../..', '../../g', '../../../g', '/./g', 'g.', 'g;x=1/../y', 'http:g', 'https:g']) {
  console.log(JSON.stringify(r), '->', url.resolve(base, r));
}
const pairs = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/a/b/c', '../../../../d'],
  ['mailto:local1@domain1', 'local2@domain2'], ['mailto:local1@domain1', '?subject=hi'], ['foo:a/b', '../c'],
  ['foo:/a/b', '../../c'], ['file:///a/b', 'c'], ['http://u:p@a.com/x', '//b.com/y'], ['http://u:p@a.com/x', 'y'],
  ['http://a.com', 'b'], ['', 'http://a.com'], ['http://a.com/b', 'HTTP://B.COM/C'], ['http://a/b', 'ftp:x'],
  ['http://a/b', 'file:x'], ['/a/b/', '../../..'], ['a/b', '../../..'], ['a/b/', '.'], ['http://a', '?y'],
  ['http://[::1]/a', 'b'], ['javascript:a', 'b'], ['http://a/b', 'javascript:c']];
for (const [a, b] of pairs) console.log(JSON.stringify(a), JSON.stringify(b), '->', url.resolve(a, b));
