'use strict';
const { fs, p, err, tryIt, tryAsync } = require('./_helper');
const root = require('./_tree')(fs, p);
let sync = true;
fs.readdir(root, (e, names) => {
  console.log('callback', e, names.sort(), 'async:', !sync);
  fs.readdir(root, { withFileTypes: true }, (e2, ents) => {
    console.log('types', e2, ents.map((d) => `${d.name}:${d.isFile()}`).sort());
    fs.readdir(p('nope'), (e3, r) => {
      console.log(err(e3), r);
      tryIt('no cb', () => fs.readdir(root));
      (async () => {
        console.log('promise', (await fs.promises.readdir(root)).sort());
        const d = await fs.promises.readdir(root, { withFileTypes: true });
        console.log('promise types', d.filter((x) => x.isDirectory()).map((x) => x.name).sort());
        await tryAsync('promise missing', () => fs.promises.readdir(p('nope')));
      })();
    });
  });
});
sync = false;
