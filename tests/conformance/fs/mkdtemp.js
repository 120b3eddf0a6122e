'use strict';
const { fs, p, clean, tryIt } = require('./_helper');
const path = require('path');
const show = (d) => clean(d).replace(/[A-Za-z0-9]{6}$/, 'XXXXXX');
const d1 = fs.mkdtempSync(p('pre-'));
console.log(show(d1), fs.statSync(d1).isDirectory(), path.basename(d1).length);
const b = fs.mkdtempSync(p('buf-'), { encoding: 'buffer' });
console.log(Buffer.isBuffer(b), show(b.toString()));
tryIt('missing parent', () => fs.mkdtempSync(p('nope', 'x')));
tryIt('number prefix', () => fs.mkdtempSync(5));
fs.mkdtemp(p('cb-'), (e, d) => {
  console.log('callback', e, show(d));
  fs.mkdtemp(p('nope', 'x'), (e2) => {
    console.log('callback missing', e2.code, e2.syscall);
    (async () => {
      console.log('promise', show(await fs.promises.mkdtemp(p('pr-'))));
      await fs.promises.mkdtemp(p('nope', 'y')).catch((e3) => console.log('promise missing', e3.code, e3.syscall));
    })();
  });
});
