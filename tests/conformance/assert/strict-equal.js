'use strict';
// strictEqual / notStrictEqual: Object.is semantics and Node's messages.
const assert = require('assert');
const { show, showMessage } = require('./_show');

show('same primitives pass', () => {
  assert.strictEqual(1, 1);
  assert.strictEqual('a', 'a');
  assert.strictEqual(NaN, NaN);
  assert.strictEqual(null, null);
});
show('numbers', () => assert.strictEqual(1, 2));
show('number vs string', () => assert.strictEqual(1, '1'));
show('0 vs -0', () => assert.strictEqual(0, -0));
show('-0 vs 0', () => assert.strictEqual(-0, 0));
show('null vs undefined', () => assert.strictEqual(null, undefined));
show('booleans', () => assert.strictEqual(true, false));
show('short strings', () => assert.strictEqual('abc', 'abd'));
show('bigint', () => assert.strictEqual(1n, 2n));
showMessage('longer strings get a caret', () => assert.strictEqual('hello world!', 'hello there!'));
showMessage('difference at start: no caret', () => assert.strictEqual('xbcdefghijklmn', 'ybcdefghijklmn'));
showMessage('multi-line strings', () => assert.strictEqual('line one\nline two\nline three', 'line one\nline 2\nline three'));
showMessage('very long strings (no caret)', () => assert.strictEqual('a'.repeat(50), `${'a'.repeat(40)}b`));
showMessage('objects not reference-equal', () => assert.strictEqual({ a: 1 }, { a: 1 }));
showMessage('objects differ', () => assert.strictEqual({ a: 1 }, { a: 2 }));
showMessage('arrays', () => assert.strictEqual([1, 2, 3], [1, 2, 4]));
showMessage('functions', () => assert.strictEqual(function a() {}, function a() {}));
showMessage('object vs primitive', () => assert.strictEqual({}, 1));
showMessage('custom message keeps the diff', () => assert.strictEqual(1, 2, 'values differ'));
showMessage('custom message with objects', () => assert.strictEqual({ a: 1 }, { b: 1 }, 'custom'));
show('custom Error is thrown as is', () => assert.strictEqual(1, 2, new TypeError('mine')));
show('notStrictEqual passes for different values', () => {
  assert.notStrictEqual(1, 2);
  assert.notStrictEqual(0, -0);
  assert.notStrictEqual({}, {});
});
show('notStrictEqual short', () => assert.notStrictEqual(1, 1));
show('notStrictEqual long primitive', () => assert.notStrictEqual('abcdef', 'abcdef'));
show('notStrictEqual NaN', () => assert.notStrictEqual(NaN, NaN));
const obj = { a: 1, b: [1, 2] };
showMessage('notStrictEqual same object', () => assert.notStrictEqual(obj, obj));
const fn = function named() {};
showMessage('notStrictEqual same function', () => assert.notStrictEqual(fn, fn));
show('notStrictEqual custom message', () => assert.notStrictEqual(2, 2, 'same!'));
