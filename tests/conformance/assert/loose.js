'use strict';
// equal / notEqual / deepEqual / notDeepEqual: loose comparison and the
// messages that show both values.
const assert = require('assert');
const { show, showMessage } = require('./_show');

show('equal passes loosely', () => {
  assert.equal(1, '1');
  assert.equal(null, undefined);
  assert.equal(NaN, NaN);
  assert.equal(0, false);
  assert.equal('', 0);
});
show('equal numbers', () => assert.equal(1, 2));
show('equal strings', () => assert.equal('a', 'b'));
show('equal objects', () => assert.equal({}, {}));
show('equal NaN vs number', () => assert.equal(NaN, 1));
show('equal custom message', () => assert.equal(1, 2, 'nope'));
show('notEqual passes', () => {
  assert.notEqual(1, 2);
  assert.notEqual({}, {});
});
show('notEqual loose match', () => assert.notEqual(1, '1'));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('notEqual null/undefined', () => assert.notEqual(null, undefined));
show('deepEqual passes loosely', () => {
  assert.deepEqual({ a: 1 }, { a: '1' });
  assert.deepEqual([1, 2], ['1', '2']);
  assert.deepEqual(Object.create(null), {});
  assert.deepEqual(new Set([1]), new Set(['1']));
});
showMessage('deepEqual objects', () => assert.deepEqual({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }));
showMessage('deepEqual arrays', () => assert.deepEqual([1, 2, 3], [1, 2]));
showMessage('deepEqual primitives', () => assert.deepEqual(1, 2));
showMessage('deepEqual long values are cut', () => assert.deepEqual('x'.repeat(600), 'y'.repeat(600)));
showMessage('notDeepEqual identical inspection', () => assert.notDeepEqual({ a: [1, 2] }, { a: [1, 2] }));
showMessage('notDeepEqual loose match', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
showMessage('notDeepEqual primitives', () => assert.notDeepEqual(1, '1'));
show('deepEqual custom message', () => assert.deepEqual([1], [2], 'arrays differ'));
show('notDeepEqual custom message', () => assert.notDeepEqual([1], [1], 'same'));
