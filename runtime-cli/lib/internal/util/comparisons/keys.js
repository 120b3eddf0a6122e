'use strict';

// Key enumeration for deep equality: index keys, non-index keys of
// arrays and typed arrays, enumerable symbol keys.

const {
  objectKeys, ownSymbols, isEnumerable,
} = require('internal/util/comparisons/brands');

// Canonical array index ("0", "1", ... below 2**32 - 1).
function isIndexKey(key) {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && n > 1)) return false;
  for (let i = 1; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || +key < 4294967295;
}

// Own enumerable non-index keys of an array or typed array (plus enumerable
// symbols when strict). Index keys come first in own-key order, so we only
// look at the tail. Object.keys allocates a string per index, though: when
// the host offers binding.util.getOwnNonIndexProperties(value, withSymbols)
// (same list, fresh array) it is used instead.
const nativeNonIndexKeys = typeof binding !== 'undefined' && binding.util !== undefined
  ? binding.util.getOwnNonIndexProperties : undefined;

function nonIndexKeys(value, strict) {
  if (nativeNonIndexKeys !== undefined) return nativeNonIndexKeys(value, strict);
  const keys = objectKeys(value);
  let start = keys.length;
  while (start > 0 && !isIndexKey(keys[start - 1])) start--;
  const result = start === 0 ? keys : keys.slice(start);
  if (strict) {
    const symbols = ownSymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (isEnumerable(value, symbols[i])) result.push(symbols[i]);
    }
  }
  return result;
}

function countEnumerable(obj, keys) {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    if (isEnumerable(obj, keys[i])) n++;
  }
  return n;
}

// Appends a's enumerable symbol keys to `keys`; false when b's enumerable
// symbol keys differ.
function addSymbolKeys(a, b, keys) {
  const symsA = ownSymbols(a);
  let count = 0;
  for (let i = 0; i < symsA.length; i++) {
    const key = symsA[i];
    if (isEnumerable(a, key)) {
      if (!isEnumerable(b, key)) return false;
      keys.push(key);
      count++;
    } else if (isEnumerable(b, key)) {
      return false;
    }
  }
  const symsB = ownSymbols(b);
  return symsB.length === symsA.length || countEnumerable(b, symsB) === count;
}

module.exports = { isIndexKey, nonIndexKeys, addSymbolKeys };
