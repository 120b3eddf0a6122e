// path.posix.basename, with suffix matching quirks.
const path = require('path');
const show = require('./_show');
for (const p of ['/dir/basename.ext', '/basename.ext', 'basename.ext', 'basename.ext/', 'basename.ext//', 'aaa/bbb',
  'aaa/bbb/', '', '/', '//', 'a\\b', '/a/b\\c']) {
  show('basename', path.basename, p);
}
for (const [p, s] of [['aaa/bbb', 'bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb', '/bbb'], ['aaa/bbb', 'aaa/bbb'],
  ['aaa/bbb//', 'bbb'], ['aaa/bbb', 'bb'], ['aaa/bbb', 'b'], ['/aaa/bbb', '/bbb'], ['/aaa/bbb', 'a/bbb'],
  ['/aaa/bbb', 'bbb'], ['/aaa/bbb//', 'bbb'], ['/aaa/bbb', 'bb'], ['/aaa/bbb', 'b'], ['/aaa/bbb', '/aaa/bbb'],
  ['/aaa/', 'aaa'], ['/aaa/b', 'a/b'], ['/a/b', 'a/b'], ['/', 'x'], ['//', 'x'], ['file.js', '.js'], ['file.js', ''],
  ['file.js.', '.'], ['.js', '.js'], ['js', '.js'], ['a', 'a']]) {
  show('basename', path.basename, p, s);
}
show('basename', path.basename, 'a', 1);
show('basename', path.basename, 1);
