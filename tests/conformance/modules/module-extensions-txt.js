const fs = require('fs');
const Module = require('module');
console.log('keys:', Object.keys(Module._extensions).join(' '));
console.log('require.extensions:', require.extensions === Module._extensions);
Module._extensions['.txt'] = function (module, filename) {
  module.exports = fs.readFileSync(filename, 'utf8').trim();
};
console.log(JSON.stringify(require('./fixtures/text/hello.txt')));
// Registered extensions are also probed.
delete require.cache[require.resolve('./fixtures/text/hello.txt')];
console.log(JSON.stringify(require('./fixtures/text/hello')));
delete Module._extensions['.txt'];
