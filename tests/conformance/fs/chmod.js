'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('f'), '');
const mode = () => (fs.statSync(p('f')).mode & 0o7777).toString(8);
fs.chmodSync(p('f'), 0o600);
console.log(mode());
fs.chmodSync(p('f'), '755');
console.log(mode());
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, 0o640);
console.log(mode());
tryIt('bad mode', () => fs.chmodSync(p('f'), 'xyz'));
tryIt('negative mode', () => fs.chmodSync(p('f'), -1));
tryIt('missing mode', () => fs.chmodSync(p('f')));
tryIt('missing file', () => fs.chmodSync(p('nope'), 0o644));
tryIt('fchmod bad fd', () => fs.fchmodSync(-1, 0o644));
fs.chmod(p('f'), 0o700, (e) => {
  console.log('callback', e, mode());
  fs.fchmod(fd, '604', (e2) => {
    console.log('fchmod callback', e2, mode());
    fs.chmod(p('nope'), 0o700, (e3) => {
      console.log(err(e3));
      tryIt('no cb', () => fs.chmod(p('f'), 0o700));
      fs.closeSync(fd);
      tryAsync('promise', () => fs.promises.chmod(p('f'), 0o444)).then(() => console.log(mode()));
    });
  });
});
