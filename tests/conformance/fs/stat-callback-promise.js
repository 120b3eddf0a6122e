'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('f.txt'), 'hello');
let sync = true;
fs.stat(p('f.txt'), (e, s) => {
  console.log('stat', e, s.size, s.isFile(), 'async:', !sync);
  fs.lstat(p(), (e2, s2) => {
    console.log('lstat', e2, s2.isDirectory());
    fs.stat(p('nope'), (e3, s3) => {
      console.log(err(e3), s3);
      tryIt('no cb', () => fs.stat(p('f.txt')));
      tryIt('no cb bad path', () => fs.stat(5));
      (async () => {
        const s4 = await fs.promises.stat(p('f.txt'));
        console.log('promise', s4.size, s4 instanceof fs.Stats);
        await tryAsync('promise missing', () => fs.promises.stat(p('nope')));
        await tryAsync('promise lstat missing', () => fs.promises.lstat(p('nope')));
        await tryAsync('promise bad path', () => fs.promises.stat(5));
      })();
    });
  });
});
sync = false;
