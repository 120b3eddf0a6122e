// path.posix.normalize and join edge cases.
const path = require('path');
const show = require('./_show');
for (const p of ['', '.', './', '/', '//', '///', 'a//b', './fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b',
  'a//b//./c', 'a//b//.', '/a/b/c/../../../x/y/z', '///..//./foo/.//bar', 'bar/foo../../', 'bar/foo../..',
  'bar/foo../../baz', 'bar/foo../', '../foo../../../bar', '../.../.././.../../../bar', '../../../foo/../../../bar',
  '../foobar/barfoo/foo/../../../bar/../../', '../.../../foobar/../../../bar/../../baz', 'foo/bar\\baz', '..', '../',
  'a/..', 'a/../', '/..', '/../']) {
  show('normalize', path.normalize, p);
}
const joins = [[], [''], ['', ''], ['.', 'x/b', '..', '/b/c.js'], ['/.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'],
  ['foo', '../../../bar'], ['foo/', '../../../bar'], ['./'], ['.', './'], ['.', '.', '.'], ['', '/foo'], ['/', '/foo'],
  ['/', '//foo'], ['/', '', '/foo'], ['', '', '/foo'], ['foo/', ''], [' /foo'], [' ', 'foo'], [' ', '.'], ['/', '..', '..'],
  ['a', '', 'b/']];
for (const j of joins) show('join', path.join, ...j);
show('join', path.join, 'a', null);
show('normalize', path.normalize, 5);
