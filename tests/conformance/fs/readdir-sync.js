'use strict';
const { fs, p, clean, tryIt } = require('./_helper');
const root = require('./_tree')(fs, p);
console.log(fs.readdirSync(root).sort());
console.log(fs.readdirSync(root, 'utf8').sort());
console.log(fs.readdirSync(root, { encoding: 'buffer' }).map((b) => Buffer.isBuffer(b) + ':' + b).sort());
const ents = fs.readdirSync(root, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
for (const e of ents) {
  console.log(e.name, clean(e.path), clean(e.parentPath), e.isFile(), e.isDirectory(), e.isSymbolicLink());
}
console.log(fs.readdirSync(p('tree', 'z')));
tryIt('missing', () => fs.readdirSync(p('nope')));
tryIt('file', () => fs.readdirSync(p('tree', 'top.txt')));
tryIt('options number', () => fs.readdirSync(root, 5));
tryIt('bad encoding', () => fs.readdirSync(root, 'nope'));
tryIt('recursive not boolean', () => fs.readdirSync(root, { recursive: 1 }));
