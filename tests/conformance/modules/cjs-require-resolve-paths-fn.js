const path = require('path');
const p = require.resolve.paths('some-pkg');
console.log('bare: array', Array.isArray(p), 'length > 0:', p.length > 0);
console.log('bare first:', path.relative(__dirname, p[0]));
console.log('same as module.paths prefix:', module.paths.every((x, i) => p[i] === x));
console.log('fs:', require.resolve.paths('fs'));
console.log('node:fs:', require.resolve.paths('node:fs'));
const r = require.resolve.paths('./rel');
console.log('relative:', r.length, r[0] === __dirname);
