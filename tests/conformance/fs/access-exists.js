'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('f'), '');
fs.chmodSync(p('f'), 0o644);
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log(fs.F_OK === F_OK, fs.R_OK === R_OK, fs.W_OK === W_OK, fs.X_OK === X_OK, F_OK, R_OK, W_OK, X_OK);
tryIt('exists', () => fs.accessSync(p('f')));
tryIt('read write', () => fs.accessSync(p('f'), R_OK | W_OK));
tryIt('missing', () => fs.accessSync(p('nope')));
tryIt('mode 8', () => fs.accessSync(p('f'), 8));
tryIt('mode string', () => fs.accessSync(p('f'), 'r'));
tryIt('mode null', () => fs.accessSync(p('f'), null));
console.log(fs.existsSync(p('f')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync(5), fs.existsSync('a\0b'));
console.log(fs.existsSync(Buffer.from(p('f'))), fs.existsSync(new URL(`file://${p('f')}`)));
fs.access(p('f'), (e) => {
  console.log('access cb', e);
  fs.access(p('nope'), F_OK, (e2) => {
    console.log(err(e2));
    fs.exists(p('f'), (yes) => {
      console.log('exists cb', yes);
      fs.exists(p('nope'), (no) => {
        console.log('exists cb missing', no);
        tryIt('exists no cb', () => fs.exists(p('f')));
        fs.exists(5, (v) => console.log('exists bad path', v));
        require('util').promisify(fs.exists)(p('f')).then((v) => {
          console.log('promisified exists', v);
          tryAsync('promise access', () => fs.promises.access(p('f'), R_OK)).then(() =>
            tryAsync('promise access missing', () => fs.promises.access(p('nope'))));
        });
      });
    });
  });
});
