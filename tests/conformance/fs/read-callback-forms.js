'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('r.txt'), 'abcdefghij');
const fd = fs.openSync(p('r.txt'), 'r');
const b = Buffer.alloc(5, '.');
fs.read(fd, b, 0, 3, 2, (e, n, buf) => {
  console.log('5 args', e, n, buf.toString(), buf === b);
  fs.read(fd, b, { position: 7 }, (e2, n2, buf2) => {
    console.log('buffer+options', e2, n2, buf2.toString());
    fs.read(fd, { buffer: Buffer.alloc(2), position: 0 }, (e3, n3, buf3) => {
      console.log('options', e3, n3, buf3.toString());
      fs.read(fd, (e4, n4, buf4) => {
        console.log('fd only', e4, n4, buf4.length, buf4.toString('utf8', 0, n4));
        fs.read(fd, b, 0, 0, 0, (e5, n5) => {
          console.log('zero length', e5, n5);
          fs.closeSync(fd);
          fs.read(fd, b, 0, 1, 0, (e6, n6) => console.log('closed', e6.code, e6.syscall, n6));
        });
      });
    });
  });
});
