// Node v20.19+ supports require() of ES modules (synchronous graphs only)
// without a flag: it returns the module namespace object.
const ns = require('./fixtures/esm/no-default.mjs');
console.log('keys:', Object.keys(ns).join(','), 'a:', ns.a, 'b():', ns.b());
console.log('toStringTag:', ns[Symbol.toStringTag], 'proto:', Object.getPrototypeOf(ns));
console.log('__esModule:', ns.__esModule);
// With a default export, the result also carries __esModule: true.
const withDefault = require('./fixtures/esm/plain.mjs');
console.log('keys:', Object.keys(withDefault).join(','), withDefault.__esModule, withDefault.default);
// .js under "type": "module" and a "type": "module" package by name.
console.log(require('./fixtures/typemod/mod.js').default);
console.log(require('esm-only').named);
// The 'module.exports' string export name is honoured.
console.log(JSON.stringify(require('./fixtures/esm/module-exports-name.mjs')));
// A .cjs file inside a "type": "module" package is still CommonJS.
console.log(JSON.stringify(require('./fixtures/typemod/legacy.cjs')));
import('./fixtures/esm/no-default.mjs').then((ns2) => {
  console.log('same namespace as import():', ns2 === ns);
});
