// path.posix.dirname edge cases.
const path = require('path');
const show = require('./_show');
for (const p of ['/a/b/', '/a/b', '/a', '', '/', '////', '//a', '//a/b', '/a//b', '/a//b//', 'foo', 'foo/', 'foo//bar',
  './x', '../x', '.', '..', 'a/b/c/']) {
  show('dirname', path.dirname, p);
}
show('dirname', path.dirname, undefined);
