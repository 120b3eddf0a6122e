// path.posix.parse and format round trips.
const path = require('path');
const show = require('./_show');
for (const p of ['/home/user/dir/file.txt', '/home/user/a dir/another File.zip', '/home/user/a dir//another&File.',
  '/home/user/a$$$dir//another File.zip', 'user/dir/another File.zip', 'file', '.\\file', './file', 'C:\\foo', '/',
  '', '.', '..', '/..', '/../', '//..', '/.', '/.file', '/.file.ext', '.file', 'a/', 'a//', '//a//b//', '/a/b/../',
  '...', '/x.', '/a/.b.c']) {
  const parsed = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.format(parsed)));
}
for (const o of [{ root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' },
  { dir: 'some/dir' }, { base: 'index.html' }, { root: '/' }, { name: 'index', ext: '.html' },
  { dir: 'some/dir', name: 'index', ext: '.html' }, { root: '/', name: 'index', base: '' }, { name: 'x', ext: 'js' },
  { root: '/x/', dir: '/x/', base: 'y' }, { root: 'r', base: 'b' }]) {
  show('format', path.format, o);
}
for (const bad of [null, 'x', [], 5, undefined]) show('format', path.format, bad);
