'use strict';
const { fs, p, tryIt } = require('./_helper');
process.umask(0o022);
function mode(name) {
  return (fs.statSync(p(name)).mode & 0o777).toString(8);
}
fs.closeSync(fs.openSync(p('default'), 'w'));
fs.closeSync(fs.openSync(p('num'), 'w', 0o600));
fs.closeSync(fs.openSync(p('str'), 'w', '640'));
fs.closeSync(fs.openSync(p('str0'), 'w', '0755'));
console.log(mode('default'), mode('num'), mode('str'), mode('str0'));
for (const bad of ['abc', '8', -1, 1.5, 2 ** 32, {}, true]) {
  tryIt(`mode ${String(bad)}`, () => fs.openSync(p('x'), 'w', bad));
}
