'use strict';
const { fs, p, tryIt } = require('./_helper');
require('./_tree')(fs, p);
tryIt('rmdir recursive (deprecated)', () => fs.rmdirSync(p('tree'), { recursive: true }));
console.log(fs.existsSync(p('tree')));
tryIt('rmdir recursive missing', () => fs.rmdirSync(p('tree'), { recursive: true }));
fs.mkdirSync(p('x', 'y'), { recursive: true });
fs.rmdir(p('x'), { recursive: true }, (e) => console.log('callback', e, fs.existsSync(p('x'))));
