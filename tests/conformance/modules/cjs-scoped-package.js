const path = require('path');
console.log(require('@scope/pkg').name);
console.log(require('@scope/pkg/sub'));
console.log(require('@scope/pkg/sub.js'));
console.log(path.relative(__dirname, require.resolve('@scope/pkg')));
console.log(path.relative(__dirname, require.resolve('@scope/pkg/package.json')));
try {
  require('@scope/missing');
} catch (e) {
  console.log('@scope/missing:', e.code);
}
