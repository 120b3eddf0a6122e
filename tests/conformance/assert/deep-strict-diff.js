'use strict';
// The "+ actual - expected" diff of failed deepStrictEqual calls.
const assert = require('assert');
const { showMessage } = require('./_show');

showMessage('one property', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
showMessage('property among others', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 2, b: 2, c: 3 }));
showMessage('missing property', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
showMessage('extra property', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
showMessage('nested', () => assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }));
showMessage('arrays', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
showMessage('array length', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
showMessage('array shorter actual', () => assert.deepStrictEqual([1, 2, 3, 4], [1]));
showMessage('type difference', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
showMessage('primitives', () => assert.deepStrictEqual(1, 2));
showMessage('0 and -0', () => assert.deepStrictEqual(0, -0));
showMessage('array vs object', () => assert.deepStrictEqual([], {}));
showMessage('prototype differs', () => assert.deepStrictEqual(Object.create(null), {}));
class A { constructor() { this.x = 1; } }
showMessage('class instance vs plain', () => assert.deepStrictEqual(new A(), { x: 1 }));
showMessage('same structure, different symbols', () => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }));
showMessage('Map', () => assert.deepStrictEqual(new Map([['a', 1]]), new Map([['a', 2]])));
showMessage('Set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
showMessage('Date', () => assert.deepStrictEqual(new Date(0), new Date(1000)));
showMessage('RegExp', () => assert.deepStrictEqual(/a/g, /a/i));
showMessage('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
showMessage('typed arrays', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
showMessage('strings in objects', () => assert.deepStrictEqual({ s: 'hello' }, { s: 'world' }));
showMessage('multi-line string', () => assert.deepStrictEqual('a\nb\nc', 'a\nB\nc'));
showMessage('consecutive changes group', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4 }, { a: 9, b: 8, c: 3, d: 4 }));
showMessage('trailing comma is not a change', () => assert.deepStrictEqual([1], [1, 2]));
showMessage('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
showMessage('getter values are shown', () => assert.deepStrictEqual({ get g() { return 1; } }, { g: 2 }));
const cyc = { name: 'c' };
cyc.self = cyc;
showMessage('circular', () => assert.deepStrictEqual(cyc, { name: 'd', self: {} }));
