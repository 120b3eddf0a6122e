'use strict';
// Deep equality as Node defines it for assert.deepEqual (loose) and
// assert.deepStrictEqual / util.isDeepStrictEqual (strict).
//
// Loose mode compares primitives with ==, ignores prototypes and symbol
// keys. Strict mode compares primitives with Object.is, requires identical
// prototypes and compares enumerable symbol keys. Both require the same
// Object.prototype.toString tag, ignore non-enumerable properties (except
// the special ones of errors) and handle cycles.
//
// This is the entry; the implementation lives in internal/util/comparisons/
// (algorithm.js, with collections.js, keys.js and brands.js).

const { innerDeepEqual } = require('internal/util/comparisons/algorithm');
const { isRegExp, isError } = require('internal/util/comparisons/brands');

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  // Shared with assert: brand checks that need no engine support.
  isRegExp,
  isError,
};
