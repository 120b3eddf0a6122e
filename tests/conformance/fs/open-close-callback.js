'use strict';
const { fs, p, err } = require('./_helper');
let sync = true;
fs.open(p('b.txt'), 'w', 0o644, (e, fd) => {
  console.log('open', e, typeof fd, 'async:', !sync);
  fs.close(fd, (e2) => {
    console.log('close', e2);
    fs.open(p('b.txt'), (e3, fd2) => {
      console.log('open default flags', e3, typeof fd2);
      fs.close(fd2, () => {
        fs.open(p('nope'), 'r', (e4) => {
          console.log(err(e4));
          fs.close(fd2, (e5) => console.log('close twice', e5.code, e5.syscall));
        });
      });
    });
  });
});
sync = false;
