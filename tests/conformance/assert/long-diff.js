'use strict';
// Long diffs: equal lines collapse into "...", output stops near 50 lines.
const assert = require('assert');
const { showMessage } = require('./_show');

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

showMessage('one change in a long array', () => {
  const b = range(30, (i) => i + 1);
  b[14] = 0;
  assert.deepStrictEqual(range(30, (i) => i + 1), b);
});
showMessage('change near the start', () => {
  const b = range(20);
  b[1] = -1;
  assert.deepStrictEqual(range(20), b);
});
showMessage('change near the end', () => {
  const b = range(20);
  b[18] = -1;
  assert.deepStrictEqual(range(20), b);
});
showMessage('two separated changes', () => {
  const b = range(40);
  b[5] = 'x';
  b[30] = 'y';
  assert.deepStrictEqual(range(40), b);
});
showMessage('many changes are cut off', () => {
  assert.deepStrictEqual(range(80), range(80, (i) => i * 2));
});
showMessage('big object with one change', () => {
  const a = {};
  const b = {};
  for (let i = 0; i < 25; i++) {
    a[`key${i}`] = i;
    b[`key${i}`] = i === 12 ? 'changed' : i;
  }
  assert.deepStrictEqual(a, b);
});
showMessage('actual much longer', () => assert.deepStrictEqual(range(12), range(3)));
showMessage('expected much longer', () => assert.deepStrictEqual(range(3), range(12)));
showMessage('same structure, long', () => {
  const a = range(60, (i) => ({ i }));
  const b = range(60, (i) => ({ i }));
  b.extra = Symbol('s');
  a.extra = Symbol('s');
  assert.deepStrictEqual(a, b);
});
showMessage('notDeepStrictEqual, long value', () => {
  assert.notDeepStrictEqual(range(60), range(60));
});
showMessage('notDeepStrictEqual, short value', () => {
  assert.notDeepStrictEqual({ a: 1 }, { a: 1 });
});
showMessage('notDeepStrictEqual, tiny value', () => {
  assert.notDeepStrictEqual(1, 1);
});
