'use strict';
// A small directory tree for the readdir/opendir/cp tests.
module.exports = function makeTree(fs, p) {
  fs.mkdirSync(p('tree', 'a', 'b'), { recursive: true });
  fs.mkdirSync(p('tree', 'z'));
  fs.writeFileSync(p('tree', 'top.txt'), 'top');
  fs.writeFileSync(p('tree', 'a', 'one.txt'), '1');
  fs.writeFileSync(p('tree', 'a', 'b', 'two.txt'), '22');
  fs.symlinkSync('top.txt', p('tree', 'link'));
  return p('tree');
};
