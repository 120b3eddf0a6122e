'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
require('./_tree')(fs, p);
const list = (d) => fs.readdirSync(d, { recursive: true }).sort();
fs.cp(p('tree'), p('c1'), { recursive: true }, (e) => {
  console.log('callback', e, list(p('c1')));
  fs.cp(p('tree'), p('c2'), (e2) => {
    console.log(err(e2));
    tryIt('no cb', () => fs.cp(p('tree'), p('c3')));
    (async () => {
      await tryAsync('promise', () => fs.promises.cp(p('tree'), p('c4'), { recursive: true }));
      console.log(list(p('c4')));
      await tryAsync('promise async filter', () => fs.promises.cp(p('tree'), p('c5'), {
        recursive: true, filter: async (src) => !src.includes('/a'),
      }));
      console.log(list(p('c5')));
      await tryAsync('promise same', () => fs.promises.cp(p('tree'), p('tree'), { recursive: true }));
      await tryAsync('promise timestamps', async () => {
        fs.utimesSync(p('tree', 'top.txt'), 1000, 2000);
        await fs.promises.cp(p('tree', 'top.txt'), p('ts.txt'), { preserveTimestamps: true });
        return fs.statSync(p('ts.txt')).mtimeMs;
      });
    })();
  });
});
