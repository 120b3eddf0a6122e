console.log(require('./fixtures/dirs/main-ext'));
console.log(require('./fixtures/dirs/main-noext'));
console.log(require('./fixtures/dirs/main-dir'));
console.log(JSON.stringify(require('./fixtures/dirs/main-json')));
console.log(require('./fixtures/dirs/no-main-field'));
console.log('trailing slash:', require('./fixtures/dirs/main-ext/'));
const path = require('path');
console.log('resolved:', path.relative(__dirname, require.resolve('./fixtures/dirs/main-noext')));
console.log('resolved:', path.relative(__dirname, require.resolve('./fixtures/dirs/main-dir')));
