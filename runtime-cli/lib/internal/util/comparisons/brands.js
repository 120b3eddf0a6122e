'use strict';

// Captured builtins, brand checks for objects with internal slots, and
// byte/boxed-primitive comparison helpers for deep equality.

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

module.exports = {
  getProto, objectKeys, ownSymbols, objectIs, isArray, numberIsNaN,
  objToStringFn, hasOwn, isEnumerable, regexpSourceGet, regexpFlagsGet,
  dateGetTime, typedArrayKind, isMap, isSet, isDate, isRegExp, isDataView,
  isAnyArrayBuffer, isError, boxedValueOf, isBoxedPrimitive, bytesOf,
  equalBytes, equalFloatElements, equalBoxed,
};
