// path.win32.basename (with suffix quirks) and extname.
const { win32 } = require('path');
const show = require('./_show');
for (const p of ['\\dir\\basename.ext', '\\basename.ext', 'basename.ext', 'basename.ext\\', 'basename.ext\\\\', 'foo',
  'aaa\\bbb', 'C:', 'C:.', 'C:\\', 'C:\\dir\\base.ext', 'C:basename.ext', 'C:basename.ext\\', 'C:foo', 'file:stream',
  '\\\\srv\\shr', '/', '//', 'a/b/c.d.e', '.bashrc', '..', '...', 'x.', '.x.y']) {
  show('basename', win32.basename, p);
  show('extname', win32.extname, p);
}
for (const [p, s] of [['aaa\\bbb', 'bbb'], ['aaa\\bbb', 'a\\bbb'], ['aaa\\bbb', 'aaa\\bbb'], ['aaa\\bbb\\\\\\\\', 'bbb'],
  ['C:\\x.js', '.js'], ['C:\\', 'x'], ['C:/', '.c'], ['/', 'a'], ['x.js', ''], ['a', 'a'], ['file.js\\', '.js']]) {
  show('basename', win32.basename, p, s);
}
show('basename', win32.basename, 'a', 5);
