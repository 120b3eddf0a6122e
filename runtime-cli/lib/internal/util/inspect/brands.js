'use strict';

// Brand/type checks: which builtin kind (Map, Date, boxed primitive,
// Promise, ...) an object really is, without trusting its prototype.

const { hooks } = require('internal/util/inspect/options');
const {
  ObjectProto, getProto, getOwnDesc, objToStringFn, dateGetTime,
  SymToStringTag, hasOwn, mapSizeGet, setSizeGet, typedArrayTagGet,
  abByteLengthGet, sabByteLengthGet, dvByteLengthGet, regexpSourceGet,
  weakMapHas, weakSetHas, numberValueOf, stringValueOf, booleanValueOf,
  bigintValueOf, symbolValueOf,
} = require('internal/util/inspect/intrinsics');

function passesBrand(fn, value, arg) {
  if (fn === undefined) return false;
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

const isMap = (v) => passesBrand(mapSizeGet, v);
const isSet = (v) => passesBrand(setSizeGet, v);
const isTypedArray = (v) => typedArrayTagGet.call(v) !== undefined;
const isArrayBuffer = (v) => passesBrand(abByteLengthGet, v);
const isSharedArrayBuffer = (v) => passesBrand(sabByteLengthGet, v);
const isDataView = (v) => passesBrand(dvByteLengthGet, v);
const isDate = (v) => passesBrand(dateGetTime, v);
const isRegExp = (v) => v !== RegExp.prototype && passesBrand(regexpSourceGet, v);
const isWeakMap = (v) => passesBrand(weakMapHas, v, ObjectProto);
const isWeakSet = (v) => passesBrand(weakSetHas, v, ObjectProto);

// Brand checks that fail do so by throwing, which is slow. The prototype
// chain tells us which (at most one) check can plausibly succeed: ordinary
// chains ending in Object.prototype need none, and only unusual chains (e.g.
// null-prototype objects) probe every brand. Objects whose prototype was
// swapped for an unrelated ordinary one are therefore treated as plain.
const protoBrands = new Map([
  [Map.prototype, 'Map'], [Set.prototype, 'Set'], [RegExp.prototype, 'RegExp'],
  [Date.prototype, 'Date'], [ArrayBuffer.prototype, 'ArrayBuffer'],
  [DataView.prototype, 'DataView'], [WeakMap.prototype, 'WeakMap'],
  [WeakSet.prototype, 'WeakSet'], [Number.prototype, 'Boxed'],
  [String.prototype, 'Boxed'], [Boolean.prototype, 'Boxed'],
  [Symbol.prototype, 'Boxed'],
]);
if (typeof BigInt === 'function') protoBrands.set(BigInt.prototype, 'Boxed');
if (typeof SharedArrayBuffer === 'function') {
  protoBrands.set(SharedArrayBuffer.prototype, 'SharedArrayBuffer');
}

// Returns the brand to verify, null for "nothing to check", or undefined for
// "check everything".
function brandHint(value) {
  let proto = getProto(value);
  for (let i = 0; proto !== null && i < 1000; i++) {
    const brand = protoBrands.get(proto);
    if (brand !== undefined) return brand;
    if (proto === ObjectProto) return null;
    proto = getProto(proto);
  }
  return undefined;
}

// Exact brand for objects with an unusual prototype chain (typically
// null-prototype dictionaries). Prefers the host hook; otherwise uses the
// builtin tag where it is trustworthy and throwing probes for the rest, with
// stack capture disabled to keep the failed probes cheap.
const brandProbes = [
  ['Map', isMap], ['Set', isSet], ['ArrayBuffer', isArrayBuffer],
  ['SharedArrayBuffer', isSharedArrayBuffer], ['DataView', isDataView],
  ['WeakMap', isWeakMap], ['WeakSet', isWeakSet],
];

function probeBrand(value) {
  if (hooks.getBrand !== undefined) {
    const brand = hooks.getBrand(value);
    return brand === undefined ? null : brand;
  }
  if (hooks.getPromiseState !== undefined && hooks.getPromiseState(value) !== undefined) {
    return 'Promise';
  }
  let tag;
  try {
    tag = value[SymToStringTag];
  } catch {
    tag = null;
  }
  if (tag === undefined) {
    // No tag anywhere on the chain: Object.prototype.toString reports the
    // internal-slot based builtin tag for these kinds.
    switch (objToStringFn.call(value)) {
      case '[object Date]': return 'Date';
      case '[object RegExp]': return 'RegExp';
      case '[object Number]':
      case '[object String]':
      case '[object Boolean]': return 'Boxed';
      default: break;
    }
  }
  const hadLimit = hasOwn(Error, 'stackTraceLimit');
  const savedLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    // non-writable: probes just cost more
  }
  try {
    for (let i = 0; i < brandProbes.length; i++) {
      if (brandProbes[i][1](value)) return brandProbes[i][0];
    }
    if (tag !== undefined && (isDate(value) || isRegExp(value))) {
      return isDate(value) ? 'Date' : 'RegExp';
    }
    if (boxedKind(value) !== undefined) return 'Boxed';
    return null;
  } finally {
    try {
      if (hadLimit) Error.stackTraceLimit = savedLimit;
      else delete Error.stackTraceLimit;
    } catch {
      // ignore
    }
  }
}

function isError(v) {
  if (objToStringFn.call(v) === '[object Error]') return true;
  try {
    return v instanceof Error;
  } catch {
    return false;
  }
}

function isPromise(v, hint) {
  if (hint === 'Promise') return true;
  if (hooks.isPromise !== undefined) return !!hooks.isPromise(v);
  try {
    return v instanceof Promise || objToStringFn.call(v) === '[object Promise]';
  } catch {
    return false;
  }
}

// Names of ECMAScript builtin constructors. Objects whose `toString` comes
// from one of these count as "plain" for `%s`. Fixed list (Node computes it
// from a pristine global) so host-added globals such as URL do not count.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array', 'Int8Array',
  'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
  'Reflect', 'FinalizationRegistry', 'WeakRef', 'Atomics', 'WebAssembly',
]);

function boxedKind(value) {
  if (passesBrand(numberValueOf, value)) return 'Number';
  if (passesBrand(stringValueOf, value)) return 'String';
  if (passesBrand(booleanValueOf, value)) return 'Boolean';
  if (passesBrand(bigintValueOf, value)) return 'BigInt';
  if (passesBrand(symbolValueOf, value)) return 'Symbol';
  return undefined;
}

function isModuleNamespace(value, constructor) {
  if (hooks.isModuleNamespace !== undefined) return !!hooks.isModuleNamespace(value);
  if (constructor !== null) return false;
  const desc = getOwnDesc(value, SymToStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.enumerable &&
    !desc.writable && !desc.configurable && !Object.isExtensible(value);
}

module.exports = {
  isMap, isSet, isTypedArray, isArrayBuffer, isSharedArrayBuffer, isDataView,
  isDate, isRegExp, isWeakMap, isWeakSet, brandHint, probeBrand, isError,
  isPromise, builtInObjects, boxedKind, isModuleNamespace,
};
