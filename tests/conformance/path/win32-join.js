// path.win32.join: UNC detection from the first part, slash collapsing.
const { win32 } = require('path');
const show = require('./_show');
const cases = [[], [''], ['', ''], ['.', 'x/b', '..', '/b/c.js'], ['//foo', 'bar'], ['//foo/', 'bar'], ['//foo', '/bar'],
  ['\\\\foo', 'bar'], ['//', 'foo/bar'], ['//', '//foo/bar'], ['\\', 'foo'], ['', '//foo'], ['//foo/bar', 'baz'],
  ['c:', 'file'], ['c:.', 'file'], ['c:', '/'], ['c:', 'file/'], ['a', 'c:x'], ['a', '..', 'c:'], ['/', '/', '/'],
  ['foo/', '../../../bar'], ['./', '..', '/foo'], ['\\\\?\\C:', 'x'], ['a', ''], ['', 'a', '']];
for (const c of cases) show('join', win32.join, ...c);
show('join', win32.join, 'a', {});
