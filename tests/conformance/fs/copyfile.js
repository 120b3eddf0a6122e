'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('src'), 'source');
tryIt('copy', () => fs.copyFileSync(p('src'), p('dst')));
console.log(fs.readFileSync(p('dst'), 'utf8'));
fs.writeFileSync(p('src'), 'changed');
tryIt('overwrite', () => fs.copyFileSync(p('src'), p('dst')));
console.log(fs.readFileSync(p('dst'), 'utf8'));
tryIt('excl existing', () => fs.copyFileSync(p('src'), p('dst'), fs.constants.COPYFILE_EXCL));
tryIt('excl new', () => fs.copyFileSync(p('src'), p('dst2'), fs.constants.COPYFILE_EXCL));
tryIt('ficlone (falls back)', () => fs.copyFileSync(p('src'), p('dst3'), fs.constants.COPYFILE_FICLONE));
tryIt('missing', () => fs.copyFileSync(p('nope'), p('x')));
tryIt('mode 8', () => fs.copyFileSync(p('src'), p('x'), 8));
tryIt('mode -1', () => fs.copyFileSync(p('src'), p('x'), -1));
tryIt('mode string', () => fs.copyFileSync(p('src'), p('x'), 'x'));
tryIt('mode float', () => fs.copyFileSync(p('src'), p('x'), 1.5));
tryIt('bad src', () => fs.copyFileSync(5, p('x')));
tryIt('bad dest', () => fs.copyFileSync(p('src'), 5));
fs.copyFile(p('src'), p('cb'), (e) => {
  console.log('callback', e, fs.readFileSync(p('cb'), 'utf8'));
  fs.copyFile(p('src'), p('cb'), fs.constants.COPYFILE_EXCL, (e2) => {
    console.log(err(e2));
    (async () => {
      await tryAsync('promise', () => fs.promises.copyFile(p('src'), p('pr')));
      await tryAsync('promise excl', () => fs.promises.copyFile(p('src'), p('pr'), fs.constants.COPYFILE_EXCL));
    })();
  });
});
