'use strict';
// An uncaught AssertionError ends the process with exit code 1.
const assert = require('assert');

console.log('before');
process.on('exit', (code) => console.log('exit code', code));
assert.deepStrictEqual({ a: 1 }, { a: 2 });
console.log('not reached');
