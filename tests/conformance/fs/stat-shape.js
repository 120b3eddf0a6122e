'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('f.txt'), '12345');
const s = fs.statSync(p('f.txt'));
console.log(s.constructor.name, s instanceof fs.Stats);
console.log(Object.keys(s));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(s)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(s))));
console.log(s.size, typeof s.mtimeMs, s.mtime instanceof Date, s.atime instanceof Date);
console.log(s.mtime.getTime() === Math.round(s.mtimeMs) || s.mtime.getTime() === Math.floor(s.mtimeMs));
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(),
  s.isCharacterDevice(), s.isBlockDevice());
const d = fs.statSync(p());
console.log(d.isFile(), d.isDirectory());
for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks']) {
  if (typeof s[k] !== 'number') console.log('not a number:', k);
}
const c = fs.statSync('/dev/null');
console.log('char device', c.isCharacterDevice(), c.isFile());
console.log(Date.now() - s.mtimeMs < 60000, Math.abs(s.mtimeMs - s.ctimeMs) < 1000);
