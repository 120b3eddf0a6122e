'use strict';
const { fs, p } = require('./_helper');
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) % 251;
fs.writeFileSync(p('big'), big);
const back = fs.readFileSync(p('big'));
console.log(back.length, back.equals(big));
const fd = fs.openSync(p('big'), 'r');
console.log('via fd', fs.readFileSync(fd).equals(big));
fs.closeSync(fd);
fs.readFile(p('big'), (e, b) => {
  console.log('callback', e, b.length, b.equals(big));
  fs.promises.readFile(p('big')).then((b2) => console.log('promise', b2.equals(big)));
});
