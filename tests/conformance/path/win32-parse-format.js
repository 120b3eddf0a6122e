// path.win32.parse and format, with round trips.
const { win32 } = require('path');
const show = require('./_show');
for (const p of ['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc', '',
  '\\\\server\\share\\file_path', '\\\\server two\\shared folder\\file path.zip', '\\\\teamserver\\file_path',
  '\\\\user\\admin$\\system32', 'C:\\\\foo\\\\', '\\\\srv\\shr', '..', '\\..', '.bashrc']) {
  const parsed = win32.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(win32.format(parsed)));
}
for (const o of [{ dir: 'some\\dir' }, { base: 'index.html' }, { root: 'C:\\' }, { name: 'index', ext: '.html' },
  { dir: 'some\\dir', name: 'index', ext: '.html' }, { root: 'C:\\', name: 'index', base: '' }, { name: 'x', ext: 'js' },
  { root: 'C:\\', dir: 'C:\\', base: 'b' }, {}]) {
  show('format', win32.format, o);
}
show('format', win32.format, null);
show('format', win32.format, 'x');
show('parse', win32.parse, 1);
