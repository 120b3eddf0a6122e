'use strict';
const { fs, p, tryIt } = require('./_helper');
const f = p('f.txt');
function contents() {
  return fs.readFileSync(f, 'utf8');
}
function withFd(flags, fn) {
  const fd = fs.openSync(f, flags);
  try {
    return fn(fd);
  } finally {
    fs.closeSync(fd);
  }
}
tryIt('r+ missing', () => fs.openSync(f, 'r+'));
withFd('w', (fd) => fs.writeSync(fd, 'hello'));
console.log('w:', contents());
withFd('a', (fd) => fs.writeSync(fd, ' world'));
console.log('a:', contents());
withFd('r+', (fd) => fs.writeSync(fd, 'J'));
console.log('r+:', contents());
withFd('w+', (fd) => console.log('w+ read after truncate', fs.readSync(fd, Buffer.alloc(4))));
console.log('w+:', JSON.stringify(contents()));
tryIt('wx existing', () => fs.openSync(f, 'wx'));
tryIt('xw existing', () => fs.openSync(f, 'xw'));
tryIt('ax existing', () => fs.openSync(f, 'ax'));
tryIt('wx+ existing', () => fs.openSync(f, 'wx+'));
tryIt('ax+ existing', () => fs.openSync(f, 'ax+'));
withFd('a+', (fd) => fs.writeSync(fd, 'xy'));
withFd('as', (fd) => fs.writeSync(fd, 'z'));
withFd('as+', (fd) => fs.writeSync(fd, '!'));
console.log('appends:', contents());
withFd('rs+', (fd) => fs.writeSync(fd, 'X'));
console.log('rs+:', contents());
withFd(fs.constants.O_RDONLY, (fd) => console.log('numeric flags read', fs.readFileSync(fd, 'utf8')));
const g = p('g.txt');
const fd = fs.openSync(g, fs.constants.O_CREAT | fs.constants.O_WRONLY | fs.constants.O_EXCL);
fs.closeSync(fd);
console.log('created with numeric flags', fs.existsSync(g));
for (const bad of ['bad', 'rw', '', {}, true, 'R']) {
  tryIt(`flags ${JSON.stringify(bad)}`, () => fs.openSync(f, bad));
}
