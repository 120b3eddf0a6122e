'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('a'), 'A');
fs.mkdirSync(p('dir'));
tryIt('rename', () => fs.renameSync(p('a'), p('b')));
console.log(fs.existsSync(p('a')), fs.readFileSync(p('b'), 'utf8'));
tryIt('missing', () => fs.renameSync(p('nope'), p('x')));
tryIt('file over dir', () => fs.renameSync(p('b'), p('dir')));
tryIt('bad oldPath', () => fs.renameSync(1, p('x')));
tryIt('bad newPath', () => fs.renameSync(p('b'), {}));
fs.rename(p('b'), p('c'), (e) => {
  console.log('callback', e, fs.readFileSync(p('c'), 'utf8'));
  fs.rename(p('b'), p('c'), (e2) => {
    console.log(err(e2));
    tryIt('no cb', () => fs.rename(p('c'), p('d')));
    (async () => {
      await tryAsync('promise', () => fs.promises.rename(p('c'), p('d')));
      await tryAsync('promise missing', () => fs.promises.rename(p('c'), p('d')));
      console.log(fs.readdirSync(p()).sort());
    })();
  });
});
