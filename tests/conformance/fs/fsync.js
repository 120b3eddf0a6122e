'use strict';
const { fs, p, tryIt } = require('./_helper');
const fd = fs.openSync(p('f'), 'w');
fs.writeSync(fd, 'data');
tryIt('fsync', () => fs.fsyncSync(fd));
tryIt('fdatasync', () => fs.fdatasyncSync(fd));
tryIt('fsync bad fd', () => fs.fsyncSync(-1));
tryIt('fsync float fd', () => fs.fsyncSync(1.2));
tryIt('fsync closed fd', () => fs.fsyncSync(99999));
fs.fsync(fd, (e) => {
  console.log('fsync cb', e);
  fs.fdatasync(fd, (e2) => {
    console.log('fdatasync cb', e2);
    tryIt('no cb', () => fs.fsync(fd));
    fs.closeSync(fd);
    fs.fsync(fd, (e3) => console.log('closed', e3.code, e3.syscall));
  });
});
