'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('f'), '');
const times = (f = 'f') => {
  const s = fs.statSync(p(f));
  return [s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString()];
};
fs.utimesSync(p('f'), 1000, 2000);
console.log('numbers', times());
fs.utimesSync(p('f'), new Date('2020-01-02T03:04:05.500Z'), new Date(86400000));
console.log('dates', times());
fs.utimesSync(p('f'), '1500', '2500.5');
console.log('strings', times());
fs.utimesSync(p('f'), 1.25, 2.75);
console.log('fractions', times());
const fd = fs.openSync(p('f'), 'r');
fs.futimesSync(fd, 5000, 6000);
console.log('futimes', times());
fs.symlinkSync(p('f'), p('l'));
fs.lutimesSync(p('l'), 7000, 8000);
const l = fs.lstatSync(p('l'));
console.log('lutimes', l.mtimeMs, times()[1]);
tryIt('bad atime', () => fs.utimesSync(p('f'), 'abc', 1));
tryIt('object atime', () => fs.utimesSync(p('f'), {}, 1));
tryIt('missing', () => fs.utimesSync(p('nope'), 1, 1));
fs.utimes(p('f'), 100, 200, (e) => {
  console.log('callback', e, times()[1]);
  fs.futimes(fd, 300, 400, (e2) => {
    console.log('futimes callback', e2, times()[1]);
    fs.utimes(p('nope'), 1, 1, (e3) => {
      console.log(err(e3));
      fs.closeSync(fd);
      tryAsync('promise', () => fs.promises.utimes(p('f'), 10, 20)).then(() => {
        console.log(times()[1]);
        return tryAsync('promise lutimes', () => fs.promises.lutimes(p('l'), 30, 40));
      }).then(() => console.log(fs.lstatSync(p('l')).mtimeMs));
    });
  });
});
