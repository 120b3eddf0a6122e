'use strict';
const { fs, p } = require('./_helper');
const fd = fs.openSync(p('f'), 'w+');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, 'def');
console.log('continues at fd position', fs.readFileSync(p('f'), 'utf8'));
fs.writeFile(fd, Buffer.from('ghi'), (e) => {
  console.log('callback', e, fs.readFileSync(p('f'), 'utf8'));
  fs.appendFile(fd, 'jkl', (e2) => {
    console.log('appendFile fd', e2, fs.readFileSync(p('f'), 'utf8'));
    fs.closeSync(fd);
  });
});
