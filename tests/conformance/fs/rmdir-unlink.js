'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.mkdirSync(p('d', 'inner'), { recursive: true });
fs.writeFileSync(p('f'), '');
tryIt('rmdir not empty', () => fs.rmdirSync(p('d')));
tryIt('rmdir file', () => fs.rmdirSync(p('f')));
tryIt('rmdir missing', () => fs.rmdirSync(p('nope')));
tryIt('rmdir empty', () => fs.rmdirSync(p('d', 'inner')));
tryIt('unlink dir', () => fs.unlinkSync(p('d')));
tryIt('unlink missing', () => fs.unlinkSync(p('nope')));
tryIt('unlink file', () => fs.unlinkSync(p('f')));
fs.writeFileSync(p('g'), '');
fs.unlink(p('g'), (e) => {
  console.log('unlink cb', e, fs.existsSync(p('g')));
  fs.rmdir(p('d'), (e2) => {
    console.log('rmdir cb', e2, fs.existsSync(p('d')));
    fs.rmdir(p('d'), (e3) => {
      console.log(err(e3));
      (async () => {
        fs.mkdirSync(p('e'));
        fs.writeFileSync(p('h'), '');
        await tryAsync('promise rmdir', () => fs.promises.rmdir(p('e')));
        await tryAsync('promise unlink', () => fs.promises.unlink(p('h')));
        await tryAsync('promise unlink missing', () => fs.promises.unlink(p('h')));
        tryIt('unlink no cb', () => fs.unlink(p('h')));
      })();
    });
  });
});
