console.log(require('exp-cond/nested'));
const path = require('path');
console.log(path.relative(__dirname, require.resolve('exp-cond/nested')));
