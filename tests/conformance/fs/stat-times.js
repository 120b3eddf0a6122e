'use strict';
const { fs, p } = require('./_helper');
fs.writeFileSync(p('f'), 'x');
fs.utimesSync(p('f'), 1600000000.5, 1700000000.25);
const s = fs.statSync(p('f'));
console.log(s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString());
const b = fs.statSync(p('f'), { bigint: true });
console.log(b.atimeMs, b.mtimeMs, b.atimeNs, b.mtimeNs, b.mtime.toISOString());
console.log(typeof s.birthtimeMs, s.birthtime instanceof Date, typeof b.birthtimeNs);
