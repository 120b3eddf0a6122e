const path = require('path');
const Module = require('module');
const original = Module._resolveFilename;
const seen = [];
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === 'my-alias') {
    seen.push(path.relative(__dirname, parent.filename));
    request = './fixtures/modbuiltin/target.js';
  }
  return original.call(this, request, parent, isMain, options);
};
console.log(require('my-alias'));
console.log('resolve uses it too:', path.relative(__dirname, require.resolve('my-alias')));
console.log('parent:', seen.join(','));
Module._resolveFilename = original;
try {
  require('my-alias');
} catch (e) {
  console.log('restored:', e.code);
}
