'use strict';
// Deep equality as Node defines it for assert.deepEqual (loose) and
// assert.deepStrictEqual / util.isDeepStrictEqual (strict).
//
// Loose mode compares primitives with ==, ignores prototypes and symbol
// keys. Strict mode compares primitives with Object.is, requires identical
// prototypes and compares enumerable symbol keys. Both require the same
// Object.prototype.toString tag, ignore non-enumerable properties (except
// the special ones of errors) and handle cycles.

const getProto = Object.getPrototypeOf;
const objectKeys = Object.keys;
const ownSymbols = Object.getOwnPropertySymbols;
const objectIs = Object.is;
const isArray = Array.isArray;
const numberIsNaN = Number.isNaN;
const hasOwnFn = Object.prototype.hasOwnProperty;
const isEnumFn = Object.prototype.propertyIsEnumerable;
const objToStringFn = Object.prototype.toString;
const getOwnDesc = Object.getOwnPropertyDescriptor;

function hasOwn(o, k) { return hasOwnFn.call(o, k); }
function isEnumerable(o, k) { return isEnumFn.call(o, k); }
function getterOf(proto, name) {
  const d = getOwnDesc(proto, name);
  return d !== undefined ? d.get : undefined;
}

// ---- brand checks ---------------------------------------------------------
// Built-in accessors and methods throw on receivers without the matching
// internal slot; we only call them once the toString tag says the brand is
// likely, so the throwing path is rare.

function passesBrand(fn, value) {
  if (fn === undefined) return false;
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTagGet = getterOf(typedArrayProto, Symbol.toStringTag);
const mapSizeGet = getterOf(Map.prototype, 'size');
const setSizeGet = getterOf(Set.prototype, 'size');
const abByteLengthGet = getterOf(ArrayBuffer.prototype, 'byteLength');
const sabByteLengthGet = typeof SharedArrayBuffer === 'function'
  ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLengthGet = getterOf(DataView.prototype, 'byteLength');
const dvBufferGet = getterOf(DataView.prototype, 'buffer');
const dvByteOffsetGet = getterOf(DataView.prototype, 'byteOffset');
const regexpSourceGet = getterOf(RegExp.prototype, 'source');
const regexpFlagsGet = getterOf(RegExp.prototype, 'flags');
const dateGetTime = Date.prototype.getTime;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;

function typedArrayKind(v) { return typedArrayTagGet.call(v); }
const isMap = (v) => passesBrand(mapSizeGet, v);
const isSet = (v) => passesBrand(setSizeGet, v);
const isDate = (v) => passesBrand(dateGetTime, v);
const isRegExp = (v) => v !== RegExp.prototype && passesBrand(regexpSourceGet, v);
const isDataView = (v) => passesBrand(dvByteLengthGet, v);
const isAnyArrayBuffer = (v) => passesBrand(abByteLengthGet, v) || passesBrand(sabByteLengthGet, v);

function isError(v) {
  if (objToStringFn.call(v) === '[object Error]') return true;
  try {
    return v instanceof Error;
  } catch {
    return false;
  }
}

// The unboxing function for a boxed primitive of the given tag, or undefined.
function boxedValueOf(tag) {
  switch (tag) {
    case '[object Number]': return numberValueOf;
    case '[object String]': return stringValueOf;
    case '[object Boolean]': return booleanValueOf;
    case '[object Symbol]': return symbolValueOf;
    case '[object BigInt]': return bigintValueOf;
    default: return undefined;
  }
}

function isBoxedPrimitive(v) {
  return passesBrand(numberValueOf, v) || passesBrand(stringValueOf, v) ||
    passesBrand(booleanValueOf, v) || passesBrand(symbolValueOf, v) ||
    passesBrand(bigintValueOf, v);
}

// Bytes of a typed array, DataView or ArrayBuffer as one Uint8Array view.
function bytesOf(v) {
  if (typedArrayKind(v) !== undefined) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (isDataView(v)) {
    return new Uint8Array(dvBufferGet.call(v), dvByteOffsetGet.call(v), dvByteLengthGet.call(v));
  }
  return new Uint8Array(v);
}

// The host's byte comparison (memcmp) when present.
const nativeCompare = typeof binding !== 'undefined' && binding.buffer !== undefined
  ? binding.buffer.compare : undefined;

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  if (nativeCompare !== undefined) return nativeCompare(a, b) === 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Loose float arrays compare element values, so 0 equals -0 (and NaN never
// equals NaN); everything else compares bytes.
function equalFloatElements(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function equalBoxed(a, b, tag) {
  const unbox = boxedValueOf(tag);
  if (unbox === undefined) return false;
  try {
    return objectIs(unbox.call(a), unbox.call(b));
  } catch {
    return false;
  }
}

// ---- keys -------------------------------------------------------------------

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

// ---- the algorithm --------------------------------------------------------

const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || objectIs(a, b);
  }
  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && numberIsNaN(a) && numberIsNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (getProto(a) !== getProto(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (numberIsNaN(a) && numberIsNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objToStringFn.call(a);
  if (tag !== objToStringFn.call(b)) return false;

  if (isArray(a)) {
    if (!isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kArray, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kPlain, undefined);
  }
  return compareSpecial(a, b, strict, memos, tag);
}

// Objects whose tag is not a plain object's: built-ins with internal slots.
function compareSpecial(a, b, strict, memos, tag) {
  switch (tag) {
    case '[object Date]':
      if (isDate(a)) {
        if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
        return keyCheck(a, b, strict, memos, kPlain, undefined);
      }
      break;
    case '[object RegExp]':
      if (isRegExp(a)) {
        if (!isRegExp(b) || regexpSourceGet.call(a) !== regexpSourceGet.call(b) ||
            regexpFlagsGet.call(a) !== regexpFlagsGet.call(b) || a.lastIndex !== b.lastIndex) {
          return false;
        }
        return keyCheck(a, b, strict, memos, kPlain, undefined);
      }
      break;
    case '[object Map]':
      if (isMap(a)) {
        if (!isMap(b) || a.size !== b.size) return false;
        return keyCheck(a, b, strict, memos, kMap, undefined);
      }
      break;
    case '[object Set]':
      if (isSet(a)) {
        if (!isSet(b) || a.size !== b.size) return false;
        return keyCheck(a, b, strict, memos, kSet, undefined);
      }
      break;
    case '[object ArrayBuffer]':
    case '[object SharedArrayBuffer]':
      if (isAnyArrayBuffer(a)) {
        if (!isAnyArrayBuffer(b) || !equalBytes(bytesOf(a), bytesOf(b))) return false;
        return keyCheck(a, b, strict, memos, kPlain, undefined);
      }
      break;
    case '[object DataView]':
      if (isDataView(a)) return compareViews(a, b, strict, memos);
      break;
    default:
      if (typedArrayKind(a) !== undefined) return compareViews(a, b, strict, memos);
      if (isError(a)) return compareErrors(a, b, strict, memos);
      if (boxedValueOf(tag) !== undefined && isBoxedPrimitive(a)) {
        if (!equalBoxed(a, b, tag)) return false;
        return keyCheck(a, b, strict, memos, kPlain, undefined);
      }
  }
  // `a` only pretends to be a built-in: fine as long as `b` is not one.
  if (isError(b) || typedArrayKind(b) !== undefined || isMap(b) || isSet(b) ||
      isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) || isDataView(b) || isBoxedPrimitive(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kPlain, undefined);
}

function compareViews(a, b, strict, memos) {
  const kind = typedArrayKind(a);
  if (kind !== typedArrayKind(b) || (kind === undefined && !isDataView(b))) return false;
  if (!strict && (kind === 'Float32Array' || kind === 'Float64Array')) {
    if (!equalFloatElements(a, b)) return false;
  } else if (!equalBytes(bytesOf(a), bytesOf(b))) {
    return false;
  }
  const keysA = nonIndexKeys(a, strict);
  if (keysA.length !== nonIndexKeys(b, strict).length) return false;
  return keyCheck(a, b, strict, memos, kPlain, keysA);
}

// name, message, cause and errors count even when not enumerable (an
// enumerable one is compared with the other keys). The stack never does.
function compareErrors(a, b, strict, memos) {
  if (!isError(b)) return false;
  const messageEnum = isEnumerable(a, 'message');
  const nameEnum = isEnumerable(a, 'name');
  const causeEnum = isEnumerable(a, 'cause');
  const errorsEnum = isEnumerable(a, 'errors');
  if (messageEnum !== isEnumerable(b, 'message') || (!messageEnum && a.message !== b.message) ||
      nameEnum !== isEnumerable(b, 'name') || (!nameEnum && a.name !== b.name) ||
      causeEnum !== isEnumerable(b, 'cause') ||
      (!causeEnum && !innerDeepEqual(a.cause, b.cause, strict, memos)) ||
      errorsEnum !== isEnumerable(b, 'errors') ||
      (!errorsEnum && !innerDeepEqual(a.errors, b.errors, strict, memos))) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kPlain, undefined);
}

// Same own enumerable keys with deep-equal values, then the entries of
// arrays, sets and maps. `keysA` is given for arrays and views (non-index
// keys, already counted against b's).
function keyCheck(a, b, strict, memos, kind, keysA) {
  const ownKeysGiven = keysA !== undefined;
  if (!ownKeysGiven) keysA = objectKeys(a);
  for (let i = 0; i < keysA.length; i++) {
    if (!isEnumerable(b, keysA[i])) return false;
  }
  if (!ownKeysGiven) {
    if (keysA.length !== objectKeys(b).length) return false;
    if (strict && !addSymbolKeys(a, b, keysA)) return false;
  }

  if (keysA.length === 0 &&
      (kind === kPlain || (kind === kArray && a.length === 0) ||
       (kind !== kArray && a.size === 0))) {
    return true;
  }

  // Cycle detection, cheap for shallow values: the outermost pair and the
  // first nested pair are remembered in fields; deeper pairs go in a Set.
  // A pair whose two objects are both already on the path is taken as
  // equal (the rest of the comparison decides).
  if (memos === undefined) {
    memos = {
      set: undefined, a, b, c: undefined, d: undefined, deep: false, deleteFailures: false,
    };
    return objEquiv(a, b, strict, keysA, memos, kind);
  }
  if (memos.set === undefined) {
    if (!memos.deep) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keysA, memos, kind);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const sizeBefore = set.size;
  set.add(a);
  set.add(b);
  if (set.size === sizeBefore) return true;
  const result = objEquiv(a, b, strict, keysA, memos, kind);
  // While hunting for a match among set/map candidates, failed attempts
  // must not leave their objects behind.
  if (result || memos.deleteFailures) {
    set.delete(a);
    set.delete(b);
  }
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (kind === kArray) return arrayEquiv(a, b, strict, memos);
  if (kind === kSet) return setEquiv(a, b, strict, memos);
  if (kind === kMap) return mapEquiv(a, b, strict, memos);
  return true;
}

function arrayEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A hole in both: compare the remaining present elements by key.
      const keysA = objectKeys(a);
      const keysB = objectKeys(b);
      if (keysA.length !== keysB.length) return false;
      for (let k = 0; k < keysA.length; k++) {
        const key = keysA[k];
        if (!isIndexKey(key) || +key < i) continue;
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
      }
      return true;
    }
  }
  return true;
}

// ---- sets and maps ----------------------------------------------------------

// For a primitive missing from the other collection in loose mode: true if
// some loosely-equal primitive might stand in for it, false if none can,
// or (for null/undefined) the one alternative value to look for.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': return !numberIsNaN(+prim);
    case 'number': return !numberIsNaN(prim);
    default: return true;
  }
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alt);
}

// Removes from `candidates` the first element deep-equal to `value`.
function takeEqual(candidates, value, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  try {
    for (const candidate of candidates) {
      if (innerDeepEqual(candidate, value, strict, memos)) {
        candidates.delete(candidate);
        return true;
      }
    }
    return false;
  } finally {
    memos.deleteFailures = saved;
  }
}

function setEquiv(a, b, strict, memos) {
  // Values of `a` that `b` does not hold by identity: matched below.
  let pending = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (strict || !setMightHaveLoosePrim(a, b, value))) {
      return false;
    }
    if (pending === null) {
      if (b.size === 1) return innerDeepEqual(value, b.values().next().value, strict, memos);
      pending = new Set();
    }
    pending.add(value);
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!a.has(value) && !takeEqual(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqual(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `keys` the first key of `map` deep-equal to `key` whose
// value is deep-equal to `item`.
function takeEqualEntry(keys, map, key, item, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  try {
    for (const candidate of keys) {
      if (innerDeepEqual(candidate, key, strict, memos) &&
          innerDeepEqual(map.get(candidate), item, strict, memos)) {
        keys.delete(candidate);
        return true;
      }
    }
    return false;
  } finally {
    memos.deleteFailures = saved;
  }
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (b.size === 1) {
          const [keyB, itemB] = b.entries().next().value;
          return innerDeepEqual(key, keyB, strict, memos) &&
            innerDeepEqual(itemA, itemB, strict, memos);
        }
        pending = new Set();
      }
      pending.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(itemA, itemB, strict, memos)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, itemA, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, itemB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, itemB, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), itemB, false, memos)) &&
               !takeEqualEntry(pending, a, key, itemB, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

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
