// path.posix.extname of dotfiles, trailing dots and slashes.
const path = require('path');
const show = require('./_show');
for (const p of ['', '/path/to/file', '/path/to/file.ext', '/path.to/file.ext', '/path.to/file', '/path.to/.file',
  '/path.to/.file.ext', '/path/to/f.ext', '/path/to/..ext', '/path/to/..', 'file', 'file.ext', '.file', '.file.ext',
  '/file', '/file.ext', '/.file', '/.file.ext', '.path/file.ext', 'file.ext.ext', 'file.', '.', './', '.file.ext/', '..',
  '../', '..file.ext', '..file', '..file.', '...', '...ext', '....', 'file.ext/', 'file.ext//', 'file/', 'file//',
  'file./', 'file.//', 'file.\\', 'a.b\\c']) {
  show('extname', path.extname, p);
}
