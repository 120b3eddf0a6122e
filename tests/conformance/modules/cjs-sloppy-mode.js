// CommonJS modules are sloppy-mode code unless they say 'use strict'.
with ({ inWith: 'with works' }) {
  console.log(inWith);
}
undeclaredGlobal = 'created by assignment';
console.log('global created:', globalThis.undeclaredGlobal);
console.log('this in plain call is global:', (function () { return this; })() === globalThis);
const child = require('./fixtures/wrapper/strict.js');
console.log('strict child:', child);
delete globalThis.undeclaredGlobal;
