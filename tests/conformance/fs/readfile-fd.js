'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('t.txt'), '0123456789');
const fd = fs.openSync(p('t.txt'), 'r');
fs.readSync(fd, Buffer.alloc(4));
console.log('from position 4:', fs.readFileSync(fd, 'utf8'));
console.log('at end:', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.readFile(fd, 'utf8', (e, s) => {
  console.log('callback at end:', e, JSON.stringify(s));
  fs.closeSync(fd);
  const fd2 = fs.openSync(p('t.txt'), 'r');
  fs.readFile(fd2, (e2, b) => {
    console.log('callback fresh fd:', e2, b.toString());
    fs.closeSync(fd2);
  });
});
