const path = require('path');
const { createRequire } = require('module');
const r1 = createRequire(__filename);
console.log('same module via createRequire:', r1('./fixtures/modbuiltin/target.js'));
const otherFile = path.join(__dirname, 'fixtures', 'modbuiltin', 'other-dir', 'anything.js');
const r2 = createRequire(otherFile); // the file need not exist
console.log('relative to other dir:', r2('./peer'));
console.log('node_modules of other dir:', r2('only-here'));
console.log('resolve:', path.relative(__dirname, r2.resolve('./peer')));
console.log('has cache:', r2.cache === require.cache);
console.log('builtin:', r2('fs') === require('fs'));
// A directory path needs a trailing slash.
const r3 = createRequire(path.join(__dirname, 'fixtures', 'modbuiltin', 'other-dir') + '/');
console.log('dir with slash:', r3('./peer'));
try {
  createRequire('relative/path.js');
} catch (e) {
  console.log('relative filename:', e.code);
}
try {
  require('only-here');
} catch (e) {
  console.log('not visible from here:', e.code);
}
