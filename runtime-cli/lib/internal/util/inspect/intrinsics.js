'use strict';

// Builtin functions and accessors captured once, so user code
// patching prototypes cannot break inspection.

const ObjectProto = Object.prototype;
const getProto = Object.getPrototypeOf;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const objectKeys = Object.keys;
const ownNames = Object.getOwnPropertyNames;
const ownSymbols = Object.getOwnPropertySymbols;
const hasOwnFn = ObjectProto.hasOwnProperty;
const isEnumFn = ObjectProto.propertyIsEnumerable;
const objToStringFn = ObjectProto.toString;
const fnToStringFn = Function.prototype.toString;
const errorToStringFn = Error.prototype.toString;
const symToStringFn = Symbol.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const dateToISO = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const regexpToString = RegExp.prototype.toString;
const isArray = Array.isArray;
const SymIterator = Symbol.iterator;
const SymToStringTag = Symbol.toStringTag;

function hasOwn(o, k) { return hasOwnFn.call(o, k); }
function isEnumerable(o, k) { return isEnumFn.call(o, k); }

function getterOf(proto, name) {
  const d = proto && getOwnDesc(proto, name);
  return d !== undefined ? d.get : undefined;
}

// Brand checks: builtin accessors/methods throw on foreign receivers, which
// lets us identify internal slots without engine support.
const mapSizeGet = getterOf(Map.prototype, 'size');
const setSizeGet = getterOf(Set.prototype, 'size');
const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTagGet = getterOf(typedArrayProto, SymToStringTag);
const typedArrayLengthGet = getterOf(typedArrayProto, 'length');
const abByteLengthGet = getterOf(ArrayBuffer.prototype, 'byteLength');
const sabByteLengthGet = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLengthGet = getterOf(DataView.prototype, 'byteLength');
const regexpSourceGet = getterOf(RegExp.prototype, 'source');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const symbolValueOf = Symbol.prototype.valueOf;
const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array,
  BigInt64Array: typeof BigInt64Array === 'function' ? BigInt64Array : undefined,
  BigUint64Array: typeof BigUint64Array === 'function' ? BigUint64Array : undefined,
};
const mapIteratorProto = getProto(new Map().entries());
const setIteratorProto = getProto(new Set().values());
const mapEntriesFn = Map.prototype.entries;
const setValuesFn = Set.prototype.values;

module.exports = {
  ObjectProto, getProto, getOwnDesc, objectKeys, ownNames, ownSymbols,
  objToStringFn, fnToStringFn, errorToStringFn, symToStringFn, dateGetTime,
  dateToISO, dateToString, regexpToString, isArray, SymIterator,
  SymToStringTag, hasOwn, isEnumerable, mapSizeGet, setSizeGet,
  typedArrayTagGet, typedArrayLengthGet, abByteLengthGet, sabByteLengthGet,
  dvByteLengthGet, regexpSourceGet, weakMapHas, weakSetHas, numberValueOf,
  stringValueOf, booleanValueOf, bigintValueOf, symbolValueOf, typedArrayCtors,
  mapIteratorProto, setIteratorProto, mapEntriesFn, setValuesFn,
};
