const path = require('path');
console.log(require('deep-pkg'));
console.log(require('deep-pkg/sub/file'));
console.log(require('deep-pkg/sub/file.js'));
console.log(require('deep-pkg/lib'));
console.log('version:', require('deep-pkg/package.json').version);
console.log(path.relative(__dirname, require.resolve('deep-pkg/sub/file')));
// Files inside node_modules don't get a node_modules/node_modules path.
const m = require.cache[require.resolve('deep-pkg/sub/file')];
console.log(m.paths.slice(0, 4).map((p) => path.relative(__dirname, p)).join(' '));
