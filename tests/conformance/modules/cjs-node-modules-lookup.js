// Bare specifiers: node_modules of the requiring file's dir, then each parent.
const deep = require('./fixtures/walk/a/b/deep.js');
console.log('walk-pkg:', deep.walkPkg);
console.log('shadow (nearest wins):', deep.shadow);
console.log('scoped (found further up):', deep.scoped);
console.log('sibling sees:', require('./fixtures/walk/sibling.js'));
try {
  require('walk-pkg');
  console.log('visible from here?!');
} catch (e) {
  console.log('walk-pkg from test dir:', e.code);
}
