'use strict';
const { fs, p, err, tryAsync } = require('./_helper');
require('./_tree')(fs, p);
fs.rm(p('tree'), (e) => {
  console.log('dir', err(e));
  fs.rm(p('tree', 'top.txt'), (e2) => {
    console.log('file', e2, fs.existsSync(p('tree', 'top.txt')));
    fs.rm(p('nope'), { force: true }, (e3) => {
      console.log('force missing', e3);
      (async () => {
        await tryAsync('promise dir', () => fs.promises.rm(p('tree')));
        await tryAsync('promise missing', () => fs.promises.rm(p('nope')));
        await tryAsync('promise recursive', () => fs.promises.rm(p('tree'), { recursive: true }));
        console.log(fs.existsSync(p('tree')));
      })();
    });
  });
});
