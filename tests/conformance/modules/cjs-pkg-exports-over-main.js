const path = require('path');
console.log(require('exp-over-main'));
console.log(path.relative(__dirname, require.resolve('exp-over-main')));
try {
  require('exp-over-main/main.js');
} catch (e) {
  console.log('main.js by path:', e.code);
}
// Relative paths into a package ignore "exports" entirely.
console.log(require('./node_modules/exp-over-main/main.js'));
console.log(require('./node_modules/exp-over-main'));
