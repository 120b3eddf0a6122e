// path.win32.normalize.
const { win32 } = require('path');
const show = require('./_show');
for (const p of ['', '.', '/', '\\', './fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.',
  '//server/share/dir/file.ext', '/a/b/c/../../../x/y/z', '///..//./foo/.//bar', 'bar\\foo..\\..\\', 'bar\\foo..\\..\\baz',
  'bar\\foo..\\', 'bar\\foo..', '..\\foo..\\..\\..\\bar', '..\\...\\..\\.\\...\\..\\..\\bar', '../../../foo/../../../bar',
  '../foobar/barfoo/foo/../../../bar/../../', '../.../../foobar/../../../bar/../../baz', 'foo/bar\\baz', 'C:', 'C:.', 'c:/',
  'C:..\\x', 'C:\\..\\..', '\\\\srv\\shr', '\\\\srv\\shr\\', '\\\\srv', '\\\\?\\c:\\a\\..', '\\\\.\\dev\\..\\x',
  'a/../c:x', 'a/../c:', 'x:', 'ab:\\x', 'a:b:c', '\\\\?\\']) {
  show('normalize', win32.normalize, p);
}
show('normalize', win32.normalize, null);
