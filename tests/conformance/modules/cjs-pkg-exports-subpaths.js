const path = require('path');
console.log(require('exp-map'));
console.log(require('exp-map/sub'));
console.log(JSON.stringify(require('exp-map/data')));
console.log('name:', require('exp-map/package.json').name);
console.log(path.relative(__dirname, require.resolve('exp-map/sub')));
