'use strict';
const { fs, p, tryIt, tryAsync } = require('./_helper');
fs.writeFileSync(p('f'), '');
fs.symlinkSync(p('f'), p('l'));
const st = fs.statSync(p('f'));
const { uid, gid } = st;
tryIt('chown to self', () => fs.chownSync(p('f'), uid, gid));
tryIt('lchown to self', () => fs.lchownSync(p('l'), uid, gid));
tryIt('chown -1 keeps', () => fs.chownSync(p('f'), -1, -1));
const fd = fs.openSync(p('f'), 'r');
tryIt('fchown to self', () => fs.fchownSync(fd, uid, gid));
console.log(fs.statSync(p('f')).uid === uid, fs.statSync(p('f')).gid === gid);
tryIt('uid string', () => fs.chownSync(p('f'), 'a', gid));
tryIt('uid -2', () => fs.chownSync(p('f'), -2, gid));
tryIt('gid too big', () => fs.chownSync(p('f'), uid, 2 ** 32));
tryIt('gid float', () => fs.chownSync(p('f'), uid, 1.5));
tryIt('missing', () => fs.chownSync(p('nope'), uid, gid));
fs.chown(p('f'), uid, gid, (e) => {
  console.log('chown cb', e);
  fs.fchown(fd, uid, gid, (e2) => {
    console.log('fchown cb', e2);
    fs.lchown(p('l'), uid, gid, (e3) => {
      console.log('lchown cb', e3);
      fs.closeSync(fd);
      tryIt('no cb', () => fs.chown(p('f'), uid, gid));
      tryAsync('promise', () => fs.promises.chown(p('f'), uid, gid))
        .then(() => tryAsync('promise lchown', () => fs.promises.lchown(p('l'), uid, gid)));
    });
  });
});
