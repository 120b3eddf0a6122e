// path.win32.dirname.
const { win32 } = require('path');
const show = require('./_show');
for (const p of ['c:\\', 'c:\\foo', 'c:\\foo\\', 'c:\\foo\\bar', 'c:\\foo\\bar\\', 'c:\\foo\\bar\\baz', 'c:\\foo bar\\baz',
  '\\', '\\foo', '\\foo\\', '\\foo\\bar', 'c:', 'c:foo', 'c:foo\\', 'c:foo\\bar', 'file:stream', 'dir\\file:stream',
  '\\\\unc\\share', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\', '\\\\unc\\share\\foo\\bar', '/a/b/', '/a', '', '/', '////',
  'foo', '\\\\?\\C:\\x', '//a']) {
  show('dirname', win32.dirname, p);
}
