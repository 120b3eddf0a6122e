const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('./fixtures/rel/hello')));
console.log(rel(require.resolve('./fixtures/rel/hello.js')));
console.log(rel(require.resolve('./fixtures/json/data')));
console.log(rel(require.resolve('deep-pkg')));
console.log('absolute:', path.isAbsolute(require.resolve('./fixtures/rel/hello')));
console.log(require.resolve('fs'), require.resolve('node:events'), require.resolve('path'));
console.log('does not load:', globalThis.helloLoads === undefined);
try {
  require.resolve('./fixtures/rel/missing');
} catch (e) {
  console.log('missing:', e.code);
}
