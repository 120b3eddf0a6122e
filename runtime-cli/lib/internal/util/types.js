'use strict';
// util.types: brand checks on internal slots. ECMAScript exposes no direct
// test, so each check calls a builtin accessor or method that throws (or
// returns undefined) for a foreign receiver; the engine-only facts (promise,
// proxy) come from binding.inspect.

const getProto = Object.getPrototypeOf;
const objToString = Object.prototype.toString;
const SymToStringTag = Symbol.toStringTag;

function getter(proto, name) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return d === undefined ? undefined : d.get;
}

// True when `fn.call(value, arg)` does not throw. Only objects get here.
function brand(fn, value, arg) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTag = getter(typedArrayProto, SymToStringTag);
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLength = getter(DataView.prototype, 'byteLength');
const regexpFlags = getter(RegExp.prototype, 'source');
const dateGetTime = Date.prototype.getTime;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;

const mapIteratorProto = getProto(new Map().entries());
const setIteratorProto = getProto(new Set().values());
const GeneratorFunctionProto = getProto(function* gen() {});
const AsyncFunctionProto = getProto(async function af() {});
const AsyncGeneratorFunctionProto = getProto(async function* agf() {});
const GeneratorProto = GeneratorFunctionProto.prototype;
const AsyncGeneratorProto = AsyncGeneratorFunctionProto.prototype;

const inspectBinding = typeof binding !== 'undefined' ? binding.inspect : undefined;

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// Whether `proto` is on v's prototype chain (without invoking proxy traps
// more than needed; bounded against cycles of exotic objects).
function chainHas(v, proto) {
  if (!isObjectLike(v)) return false;
  let p = getProto(v);
  for (let i = 0; p !== null && i < 10000; i++) {
    if (p === proto) return true;
    p = getProto(p);
  }
  return false;
}

// Object.prototype.toString's builtin tag, trusted only when no
// Symbol.toStringTag property overrides it.
function builtinTag(v) {
  let tag;
  try {
    tag = v[SymToStringTag];
  } catch {
    return undefined;
  }
  if (typeof tag === 'string') return undefined;
  return objToString.call(v);
}

const isDate = (v) => brand(dateGetTime, v);
const isRegExp = (v) => v !== RegExp.prototype && brand(regexpFlags, v);
const isMap = (v) => brand(mapSize, v);
const isSet = (v) => brand(setSize, v);
const isWeakMap = (v) => brand(weakMapHas, v, Object.prototype);
const isWeakSet = (v) => brand(weakSetHas, v, Object.prototype);
const isArrayBuffer = (v) => brand(abByteLength, v);
const isSharedArrayBuffer = (v) => sabByteLength !== undefined && brand(sabByteLength, v);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = (v) => brand(dvByteLength, v);
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;

const isNumberObject = (v) => typeof v === 'object' && brand(numberValueOf, v);
const isStringObject = (v) => typeof v === 'object' && brand(stringValueOf, v);
const isBooleanObject = (v) => typeof v === 'object' && brand(booleanValueOf, v);
const isBigIntObject = (v) => typeof v === 'object' && brand(bigintValueOf, v);
const isSymbolObject = (v) => typeof v === 'object' && brand(symbolValueOf, v);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) ||
  isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);

function isPromise(v) {
  if (!isObjectLike(v)) return false;
  if (inspectBinding !== undefined) return inspectBinding.getPromiseState(v) !== undefined;
  return v instanceof Promise;
}

function isProxy(v) {
  if (!isObjectLike(v) || inspectBinding === undefined) return false;
  return inspectBinding.getProxyDetails(v) !== undefined;
}

function isNativeError(v) {
  if (!isObjectLike(v)) return false;
  const tag = builtinTag(v);
  if (tag !== undefined) return tag === '[object Error]';
  // A Symbol.toStringTag hides the slot; errors own a `stack` captured by
  // the engine at construction. Node v20's DOMException is a plain JS class,
  // not a native error.
  if (typeof DOMException === 'function' && v instanceof DOMException) return false;
  return v instanceof Error && Object.prototype.hasOwnProperty.call(v, 'stack');
}

const isArgumentsObject = (v) => isObjectLike(v) && builtinTag(v) === '[object Arguments]';

const isGeneratorFunction = (v) => typeof v === 'function' &&
  (getProto(v) === GeneratorFunctionProto || getProto(v) === AsyncGeneratorFunctionProto);
const isAsyncFunction = (v) => typeof v === 'function' &&
  (getProto(v) === AsyncFunctionProto || getProto(v) === AsyncGeneratorFunctionProto);
const isGeneratorObject = (v) => typeof v === 'object' &&
  (chainHas(v, GeneratorProto) || chainHas(v, AsyncGeneratorProto));
const isMapIterator = (v) => typeof v === 'object' && chainHas(v, mapIteratorProto);
const isSetIterator = (v) => typeof v === 'object' && chainHas(v, setIteratorProto);

// A module namespace: null prototype, non-extensible, and a frozen
// Symbol.toStringTag of 'Module'.
function isModuleNamespaceObject(v) {
  if (v === null || typeof v !== 'object' || getProto(v) !== null) return false;
  if (Object.isExtensible(v)) return false;
  const d = Object.getOwnPropertyDescriptor(v, SymToStringTag);
  return d !== undefined && d.value === 'Module' && !d.enumerable && !d.writable &&
    !d.configurable;
}

const types = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
};

for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
  'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayTag.call(v) === name;
}
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

module.exports = types;
