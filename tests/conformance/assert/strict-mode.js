'use strict';
// assert.strict and require('assert/strict'): the loose names are strict.
const assert = require('assert');
const strict = require('assert/strict');
const { show } = require('./_show');

console.log(strict === assert.strict, strict.strict === strict);
console.log(typeof strict, strict.name);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.AssertionError === assert.AssertionError, strict.throws === assert.throws);
console.log(assert.name, assert.ok.name, assert.strictEqual.name);
show('strict.equal', () => strict.equal(1, '1'));
show('strict.notEqual', () => strict.notEqual(1, 1));
show('strict.deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
show('strict.notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: 1 }));
show('strict()', () => strict(0, 'zero'));
show('strict.ok()', () => strict.ok());
show('assert.strict.strict', () => assert.strict.strict(false, 'nested'));
show('loose equal still loose', () => assert.equal(1, '1'));
const names = Object.keys(assert).sort().filter((k) => k !== 'CallTracker');
console.log(names.join(','));
