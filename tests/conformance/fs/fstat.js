'use strict';
const { fs, p, tryIt } = require('./_helper');
fs.writeFileSync(p('f'), 'xyz');
const fd = fs.openSync(p('f'), 'r');
const s = fs.fstatSync(fd);
console.log(s.constructor.name, s.size, s.isFile());
fs.fstat(fd, (e, s2) => {
  console.log('callback', e, s2.size);
  fs.fstat(fd, { bigint: true }, (e3, s3) => {
    console.log('callback bigint', e3, s3.size);
    fs.closeSync(fd);
    fs.fstat(fd, (e4) => console.log('closed', e4.code, e4.syscall));
    tryIt('no cb', () => fs.fstat(fd));
  });
});
