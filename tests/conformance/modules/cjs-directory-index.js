const path = require('path');
console.log(require('./fixtures/dirs/index-js'));
console.log(JSON.stringify(require('./fixtures/dirs/index-json')));
console.log('resolved:', path.relative(__dirname, require.resolve('./fixtures/dirs/index-js')));
console.log('resolved:', path.relative(__dirname, require.resolve('./fixtures/dirs/index-json')));
try {
  require('./fixtures/dirs/empty-dir');
  console.log('loaded?!');
} catch (e) {
  console.log('dir with nothing to load:', e.code);
}
