'use strict';
const { fs, p, clean, err, tryIt, tryAsync } = require('./_helper');
fs.mkdirSync(p('real', 'sub'), { recursive: true });
fs.symlinkSync(p('real'), p('ln'));
fs.writeFileSync(p('real', 'sub', 'f'), '');
const real = fs.realpathSync(p());
const show = (s) => (typeof s === 'string' ? s.split(real).join('<real>') : s);
console.log(show(fs.realpathSync(p('ln', 'sub', 'f'))));
console.log(show(fs.realpathSync.native(p('ln', 'sub', '..', 'sub'))));
console.log(show(fs.realpathSync(p('ln'), 'buffer').toString()), Buffer.isBuffer(fs.realpathSync(p('ln'), 'buffer')));
tryIt('missing', () => fs.realpathSync(p('ln', 'nope', 'x')));
tryIt('native missing', () => fs.realpathSync.native(p('ln', 'nope', 'x')));
tryIt('bad encoding', () => fs.realpathSync(p(), 'bogus'));
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native);
fs.realpath(p('ln'), (e, r) => {
  console.log('callback', e, show(r));
  fs.realpath.native(p('ln'), (e2, r2) => {
    console.log('native callback', e2, show(r2));
    fs.realpath(p('nope'), (e3) => {
      console.log(clean(err(e3)));
      (async () => {
        console.log('promise', show(await fs.promises.realpath(p('ln', 'sub'))));
        await tryAsync('promise missing', () => fs.promises.realpath(p('nope')));
      })();
    });
  });
});
