const path = require('path');
const file = require.resolve('./fixtures/cache/counted.js');
console.log('first:', require('./fixtures/cache/counted.js').run);
console.log('cached:', require('./fixtures/cache/counted.js').run);
console.log('in cache:', file in require.cache);
console.log('cache entry exports:', require.cache[file].exports.run);
console.log('main in cache:', require.cache[__filename] === module);
console.log('require.cache === Module._cache:', require.cache === require('module')._cache);
console.log('builtins not in cache:', !('fs' in require.cache) && !('node:fs' in require.cache));
delete require.cache[file];
console.log('after delete:', require('./fixtures/cache/counted.js').run);
console.log('re-cached:', require('./fixtures/cache/counted.js').run);
// Planting an entry for an existing file: require returns it without running the file.
const fake = path.join(__dirname, 'fixtures', 'cache', 'planted.js');
require.cache[fake] = { id: fake, filename: fake, loaded: true, exports: 'planted exports' };
console.log('planted:', require('./fixtures/cache/planted.js'));
