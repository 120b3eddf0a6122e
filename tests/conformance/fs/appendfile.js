'use strict';
const { fs, p, tryIt } = require('./_helper');
const f = p('a.txt');
fs.appendFileSync(f, 'one');
fs.appendFileSync(f, Buffer.from('-two'));
fs.appendFileSync(f, '2d7468726565', 'hex');
fs.appendFileSync(f, '-four', { flag: 'w' });
console.log(fs.readFileSync(f, 'utf8'));
const fd = fs.openSync(f, 'a');
fs.appendFileSync(fd, '-fd');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
tryIt('bad data', () => fs.appendFileSync(f, 7));
fs.appendFile(f, '-cb', (e) => {
  console.log('callback', e, fs.readFileSync(f, 'utf8'));
  tryIt('no cb', () => fs.appendFile(f, 'x'));
  fs.promises.appendFile(f, '-promise').then((r) => {
    console.log('promise', r, fs.readFileSync(f, 'utf8'));
    return fs.promises.appendFile(p('new.txt'), 'created');
  }).then(() => console.log(fs.readFileSync(p('new.txt'), 'utf8')));
});
