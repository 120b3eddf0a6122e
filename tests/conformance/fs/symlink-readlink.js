'use strict';
const { fs, p, clean, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('target'), 'T');
tryIt('symlink relative', () => fs.symlinkSync('target', p('rel')));
tryIt('symlink absolute', () => fs.symlinkSync(p('target'), p('abs'), 'file'));
tryIt('symlink dir type', () => fs.symlinkSync(p(), p('dirlink'), 'dir'));
console.log(fs.readlinkSync(p('rel')), clean(fs.readlinkSync(p('abs'))));
console.log(fs.readFileSync(p('rel'), 'utf8'));
const b = fs.readlinkSync(p('rel'), 'buffer');
console.log(Buffer.isBuffer(b), b.toString());
console.log(fs.readlinkSync(p('rel'), { encoding: 'hex' }));
tryIt('symlink exists', () => fs.symlinkSync('x', p('rel')));
tryIt('bad type', () => fs.symlinkSync('x', p('q'), 'bogus'));
tryIt('bad target', () => fs.symlinkSync(5, p('q')));
tryIt('readlink file', () => fs.readlinkSync(p('target')));
tryIt('readlink missing', () => fs.readlinkSync(p('nope')));
fs.symlink('target', p('cb'), (e) => {
  console.log('symlink cb', e);
  fs.readlink(p('cb'), (e2, t) => {
    console.log('readlink cb', e2, t);
    fs.readlink(p('target'), (e3) => {
      console.log(err(e3));
      (async () => {
        await tryAsync('promise symlink', () => fs.promises.symlink('target', p('pr')));
        await tryAsync('promise readlink', () => fs.promises.readlink(p('pr')));
        await tryAsync('promise readlink missing', () => fs.promises.readlink(p('none')));
      })();
    });
  });
});
