'use strict';
// Argument validation of throws/doesNotThrow and friends.
const assert = require('assert');
const { show } = require('./_show');

show('fn not a function', () => assert.throws('x'));
show('fn missing', () => assert.throws());
show('error is a number', () => assert.throws(() => { throw new Error('x'); }, 5));
show('error is a string with message', () => assert.throws(() => { throw new Error('x'); }, 'a', 'b'));
show('ambiguous: message equals error message', () => assert.throws(() => { throw new Error('foo'); }, 'foo'));
show('ambiguous: thrown string equals message', () => assert.throws(() => { throw 'foo'; }, 'foo'));
show('string is a message', () => assert.throws(() => { throw new Error('x'); }, 'not the message'));
show('empty validation object', () => assert.throws(() => { throw new Error('x'); }, {}));
show('doesNotThrow fn not a function', () => assert.doesNotThrow(5));
show('doesNotThrow bad expected', () => assert.doesNotThrow(() => { throw new Error('x'); }, 5));
show('match regexp not a RegExp', () => assert.match('a', 'a'));
show('AssertionError options not an object', () => new assert.AssertionError('x'));
show('equal missing args', () => assert.equal(1));
show('strictEqual missing args', () => assert.strictEqual());
show('deepStrictEqual missing args', () => assert.deepStrictEqual({}));
show('notDeepEqual missing args', () => assert.notDeepEqual());
