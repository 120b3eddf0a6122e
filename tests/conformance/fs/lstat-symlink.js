'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('target'), 'abc');
fs.symlinkSync(p('target'), p('link'));
fs.symlinkSync(p('missing'), p('dangling'));
const l = fs.lstatSync(p('link'));
const s = fs.statSync(p('link'));
console.log('lstat', l.isSymbolicLink(), l.isFile(), 'stat', s.isSymbolicLink(), s.isFile(), s.size);
console.log('dangling lstat', fs.lstatSync(p('dangling')).isSymbolicLink());
console.log('dangling exists', fs.existsSync(p('dangling')));
try {
  fs.statSync(p('dangling'));
} catch (e) {
  console.log('dangling stat', e.code, e.syscall);
}
