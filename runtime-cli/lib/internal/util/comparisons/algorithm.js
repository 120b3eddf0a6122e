'use strict';

// The deep-equality algorithm: primitives, tags, special built-ins,
// errors, views, and key-by-key object and array comparison with cycles.
//
// Part of a require cycle (collections, algorithm): its exports, all hoisted
// functions, are set before it requires anything.

module.exports = { innerDeepEqual };

const {
  getProto, objectKeys, objectIs, isArray, numberIsNaN, objToStringFn, hasOwn,
  isEnumerable, regexpSourceGet, regexpFlagsGet, dateGetTime, typedArrayKind,
  isMap, isSet, isDate, isRegExp, isDataView, isAnyArrayBuffer, isError,
  boxedValueOf, isBoxedPrimitive, bytesOf, equalBytes, equalFloatElements,
  equalBoxed,
} = require('internal/util/comparisons/brands');
const {
  isIndexKey, nonIndexKeys, addSymbolKeys,
} = require('internal/util/comparisons/keys');
const { setEquiv, mapEquiv } = require('internal/util/comparisons/collections');

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
