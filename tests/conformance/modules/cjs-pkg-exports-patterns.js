const path = require('path');
console.log(require('exp-pattern'));
console.log(require('exp-pattern/features/alpha'));
console.log(require('exp-pattern/features/group/beta'));
console.log(require('exp-pattern/raw/alpha.js'));
console.log(path.relative(__dirname, require.resolve('exp-pattern/features/group/beta')));
for (const spec of ['exp-pattern/features/alpha.js', 'exp-pattern/features/nope']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, '->', e.code);
  }
}
