// path.posix.resolve (absolute inputs) and relative.
const path = require('path');
const show = require('./_show');
for (const r of [['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['/some/dir', '.', '/absolute/'],
  ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], ['/', '..', '..'], ['/a/b', ''], ['/a', 'b', '', 'c/'], ['//x//y'],
  ['/a/./b/../c/.']]) {
  show('resolve', path.resolve, ...r);
}
show('resolve', path.resolve, '/a', 1);
for (const r of [['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/a/b/', '/a/b'], ['//a', '/a'], ['/a/b/c', '/a/b/c/d/e'], ['/x', '/X']]) {
  show('relative', path.relative, ...r);
}
show('relative', path.relative, 1, '/');
show('relative', path.relative, '/', undefined);
