'use strict';
const { fs, p, clean, err, tryIt, tryAsync } = require('./_helper');
fs.mkdir(p('a'), (e, r) => {
  console.log('mkdir', e, r);
  fs.mkdir(p('b', 'c'), { recursive: true }, (e2, first) => {
    console.log('recursive', e2, clean(first));
    fs.mkdir(p('a'), (e3) => {
      console.log(err(e3));
      tryIt('no cb', () => fs.mkdir(p('z')));
      (async () => {
        console.log('promise', await fs.promises.mkdir(p('pa')));
        console.log('promise recursive', clean(await fs.promises.mkdir(p('pb', 'x', 'y'), { recursive: true })));
        console.log('promise existing recursive', await fs.promises.mkdir(p('pb', 'x'), { recursive: true }));
        await tryAsync('promise exists', () => fs.promises.mkdir(p('pa')));
      })();
    });
  });
});
