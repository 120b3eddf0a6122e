// The CommonJS wrapper: (exports, require, module, __filename, __dirname),
// called with `this` = module.exports.
console.log('this === module.exports:', this === module.exports);
console.log('this === exports:', this === exports);
console.log('arguments.length:', arguments.length);
console.log('arguments types:', Array.from(arguments, (a) => typeof a).join(','));
console.log('arguments[0] === exports:', arguments[0] === exports);
console.log('arguments[1] === require:', arguments[1] === require);
console.log('arguments[2] === module:', arguments[2] === module);
console.log('arguments[3] === __filename:', arguments[3] === __filename);
console.log('arguments[4] === __dirname:', arguments[4] === __dirname);
console.log('typeof require.resolve:', typeof require.resolve);
console.log('typeof require.cache:', typeof require.cache);
// Module-scope variables are local, not globals.
var localVar = 1;
console.log('var is not global:', globalThis.localVar === undefined);
console.log('exports is not a global:', typeof globalThis.exports, typeof globalThis.module);
