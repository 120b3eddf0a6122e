'use strict';
const { fs, p, clean } = require('./_helper');
const root = require('./_tree')(fs, p);
fs.symlinkSync(p('tree', 'a'), p('tree', 'z', 'dirlink'));
console.log(fs.readdirSync(root, { recursive: true }).sort());
const ents = fs.readdirSync(root, { recursive: true, withFileTypes: true })
  .map((e) => `${clean(e.parentPath)} ${e.name} ${e.isDirectory() ? 'dir' : e.isSymbolicLink() ? 'link' : 'file'}`)
  .sort();
console.log(ents);
fs.readdir(root, { recursive: true }, (e, names) => {
  console.log('callback', e, names.sort());
  fs.promises.readdir(root, { recursive: true, withFileTypes: true }).then((list) => {
    console.log('promise', list.length, list.every((d) => d instanceof fs.Dirent));
  });
});
