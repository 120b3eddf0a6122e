'use strict';
const { fs, p, err, tryIt } = require('./_helper');
const f = p('w.txt');
let sync = true;
fs.writeFile(f, 'one', (e) => {
  console.log('write', e, fs.readFileSync(f, 'utf8'), 'async:', !sync);
  fs.writeFile(f, '74776f', 'hex', (e2) => {
    console.log('hex', e2, fs.readFileSync(f, 'utf8'));
    fs.writeFile(f, Buffer.from('three'), { flag: 'a' }, (e3) => {
      console.log('append flag', e3, fs.readFileSync(f, 'utf8'));
      fs.writeFile(p('no', 'dir'), 'x', (e4) => {
        console.log(err(e4));
        tryIt('no cb', () => fs.writeFile(f, 'x'));
        tryIt('bad data', () => fs.writeFile(f, 1, () => {}));
      });
    });
  });
});
sync = false;
