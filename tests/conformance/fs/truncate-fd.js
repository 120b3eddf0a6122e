'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('f'), 'abcdef');
const fd = fs.openSync(p('f'), 'r+');
fs.truncateSync(fd, 2);
console.log(fs.readFileSync(p('f'), 'utf8'));
fs.truncate(fd, 1, (e) => {
  console.log('callback with fd', e, fs.readFileSync(p('f'), 'utf8'));
  fs.closeSync(fd);
});
