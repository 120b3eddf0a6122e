'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
const f = p('t');
const show = () => JSON.stringify(fs.readFileSync(f, 'latin1'));
fs.writeFileSync(f, 'abcdef');
fs.truncateSync(f, 3);
console.log(show());
fs.truncateSync(f, 5);
console.log(show());
fs.truncateSync(f);
console.log(show());
fs.writeFileSync(f, 'abcdef');
const fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 2);
console.log(show());
fs.ftruncateSync(fd, -5);
console.log('negative len clamps', show());
tryIt('len string', () => fs.ftruncateSync(fd, 'x'));
tryIt('len float', () => fs.ftruncateSync(fd, 1.5));
tryIt('truncate missing', () => fs.truncateSync(p('nope'), 0));
tryIt('truncate dir', () => fs.truncateSync(p(), 0));
tryIt('truncate missing bad len', () => fs.truncateSync(p('nope'), 'x'));
tryIt('ftruncate read-only', () => {
  const ro = fs.openSync(f, 'r');
  try {
    fs.ftruncateSync(ro, 0);
  } finally {
    fs.closeSync(ro);
  }
});
fs.writeFileSync(f, 'abcdef');
fs.truncate(f, 4, (e) => {
  console.log('callback', e, show());
  fs.ftruncate(fd, (e2) => {
    console.log('ftruncate default', e2, show());
    fs.truncate(p('nope'), (e3) => {
      console.log(err(e3));
      tryIt('async bad len', () => fs.truncate(f, 'x', () => {}));
      fs.writeFileSync(f, 'xyz');
      tryAsync('promise', () => fs.promises.truncate(f, 1)).then(() => {
        console.log(show());
        fs.closeSync(fd);
      });
    });
  });
});
