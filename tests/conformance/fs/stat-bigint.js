'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('f.txt'), 'abc');
const b = fs.statSync(p('f.txt'), { bigint: true });
console.log(b.constructor.name, Object.keys(b));
console.log(typeof b.size, b.size, typeof b.mtimeNs, typeof b.mtimeMs, b.mtime instanceof Date);
console.log(b.mtimeNs / 1000000n === b.mtimeMs, b.isFile(), b.isDirectory());
const n = fs.statSync(p('f.txt'));
console.log(Number(b.ino) === n.ino, Number(b.mode) === n.mode);
console.log(typeof fs.statSync(p('f.txt'), { bigint: 1 }).size, 'bigint must be true');
fs.stat(p('f.txt'), { bigint: true }, (e, s) => {
  console.log('callback', e, typeof s.size);
  fs.promises.stat(p('f.txt'), { bigint: true }).then((s2) => {
    console.log('promise', typeof s2.size);
    const fd = fs.openSync(p('f.txt'));
    console.log('fstat', typeof fs.fstatSync(fd, { bigint: true }).size);
    fs.closeSync(fd);
    console.log('lstat', typeof fs.lstatSync(p('f.txt'), { bigint: true }).blocks);
  });
});
