const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const a = path.join(__dirname, 'fixtures', 'walk', 'a');
const walk = path.join(__dirname, 'fixtures', 'walk');
console.log(rel(require.resolve('shadow', { paths: [a] })));
console.log(rel(require.resolve('shadow', { paths: [walk] })));
console.log(rel(require.resolve('walk-pkg', { paths: [a] })));
console.log(rel(require.resolve('shadow', { paths: [walk, a] })));
// Relative specifiers resolve against each given path.
console.log(rel(require.resolve('./sibling.js', { paths: [walk] })));
console.log(rel(require.resolve('./b/deep', { paths: [a] })));
// Packages in the caller's own tree are still reachable via the walk-up from those paths.
console.log(rel(require.resolve('deep-pkg', { paths: [a] })));
console.log(require.resolve('fs', { paths: [a] }));
try {
  require.resolve('walk-pkg', { paths: [__dirname] });
} catch (e) {
  console.log('not under given paths:', e.code);
}
