'use strict';
const fs = require('fs');
const expected = ['appendFile', 'access', 'chown', 'chmod', 'close', 'copyFile', 'cp', 'exists',
  'fchown', 'fchmod', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'lchown', 'link',
  'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'readdir', 'read', 'readv', 'readFile',
  'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate', 'unlink',
  'utimes', 'writeFile', 'write', 'writev', 'opendir'];
for (const name of expected) {
  const sync = `${name}Sync`;
  if (typeof fs[name] !== 'function') console.log('missing', name);
  if (name !== 'exists' && typeof fs[sync] !== 'function' && name !== 'opendir') console.log('missing', sync);
}
console.log(typeof fs.opendirSync, typeof fs.existsSync);
for (const name of ['Stats', 'Dirent', 'Dir', 'ReadStream', 'WriteStream', 'constants', 'promises',
  'createReadStream', 'createWriteStream', 'watch', 'watchFile', 'unwatchFile']) {
  console.log(name, typeof fs[name]);
}
console.log('lchmod' in fs);
console.log(require('node:fs') === fs);
