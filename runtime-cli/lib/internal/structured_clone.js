'use strict';
// structuredClone: the HTML structured clone algorithm over ECMAScript
// values, with V8's choices where Node shows them (error messages, which
// Error properties survive, RegExp lastIndex reset).

const types = require('internal/util/types');

const objToString = Object.prototype.toString;
const fnToString = Function.prototype.toString;
const getProto = Object.getPrototypeOf;
const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayBuffer = Object.getOwnPropertyDescriptor(typedArrayProto, 'buffer').get;
const typedArrayOffset = Object.getOwnPropertyDescriptor(typedArrayProto, 'byteOffset').get;
const typedArrayLength = Object.getOwnPropertyDescriptor(typedArrayProto, 'length').get;
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dvOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dvLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const abSlice = ArrayBuffer.prototype.slice;
const abTransfer = ArrayBuffer.prototype.transfer;
const mapForEach = Map.prototype.forEach;
const setForEach = Set.prototype.forEach;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;

// Error constructors a clone may keep; any other name becomes plain Error.
const errorCtors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function dataCloneError(what) {
  return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
}

// V8 names an uncloneable object "#<Constructor>".
function describeObject(value) {
  let name;
  try {
    const proto = getProto(value);
    const ctor = proto && Object.getOwnPropertyDescriptor(proto, 'constructor');
    name = ctor && typeof ctor.value === 'function' ? ctor.value.name : undefined;
  } catch {
    name = undefined;
  }
  if (!name) name = objToString.call(value).slice(8, -1);
  return `#<${name}>`;
}

function typedArrayCtor(tag) {
  return globalThis[tag];
}

class Cloner {
  constructor(transferred) {
    // source object -> its clone, so cycles and shared references survive.
    this.memory = new Map(transferred);
  }

  clone(value) {
    switch (typeof value) {
      case 'undefined': case 'boolean': case 'number': case 'string': case 'bigint':
        return value;
      case 'symbol':
        throw dataCloneError(String(value));
      case 'function':
        throw dataCloneError(fnToString.call(value));
      default:
        break;
    }
    if (value === null) return null;
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    return this.cloneObject(value);
  }

  remember(source, clone) {
    this.memory.set(source, clone);
    return clone;
  }

  cloneObject(value) {
    if (types.isProxy(value)) throw dataCloneError('#<Object>');
    if (Array.isArray(value)) return this.cloneArray(value);
    if (types.isDate(value)) return this.remember(value, new Date(value.getTime()));
    if (types.isRegExp(value)) {
      return this.remember(value, new RegExp(regexpSource.call(value), regexpFlags.call(value)));
    }
    if (types.isArrayBuffer(value)) return this.remember(value, abSlice.call(value, 0));
    if (types.isSharedArrayBuffer(value)) return this.remember(value, value);
    if (types.isTypedArray(value)) {
      const Ctor = typedArrayCtor(typedArrayTag.call(value));
      const buffer = this.clone(typedArrayBuffer.call(value));
      return this.remember(value,
        new Ctor(buffer, typedArrayOffset.call(value), typedArrayLength.call(value)));
    }
    if (types.isDataView(value)) {
      const buffer = this.clone(dvBuffer.call(value));
      return this.remember(value, new DataView(buffer, dvOffset.call(value), dvLength.call(value)));
    }
    if (types.isMap(value)) return this.cloneMap(value);
    if (types.isSet(value)) return this.cloneSet(value);
    if (types.isBoxedPrimitive(value)) return this.cloneBoxed(value);
    if (types.isNativeError(value)) return this.cloneError(value);
    if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
        types.isMapIterator(value) || types.isSetIterator(value) ||
        types.isGeneratorObject(value) || (typeof WeakRef === 'function' && value instanceof WeakRef) ||
        (typeof FinalizationRegistry === 'function' && value instanceof FinalizationRegistry)) {
      throw dataCloneError(describeObject(value));
    }
    const out = this.remember(value, {});
    this.copyProperties(value, out);
    return out;
  }

  // Own enumerable string-keyed properties, read through getters.
  copyProperties(source, target) {
    const keys = Object.keys(source);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      target[key] = this.clone(source[key]);
    }
  }

  cloneArray(value) {
    const out = this.remember(value, new Array(value.length));
    // Holes stay holes: only present keys are copied.
    this.copyProperties(value, out);
    return out;
  }

  cloneMap(value) {
    const out = this.remember(value, new Map());
    const entries = [];
    mapForEach.call(value, (v, k) => entries.push(k, v));
    for (let i = 0; i < entries.length; i += 2) {
      out.set(this.clone(entries[i]), this.clone(entries[i + 1]));
    }
    return out;
  }

  cloneSet(value) {
    const out = this.remember(value, new Set());
    const items = [];
    setForEach.call(value, (v) => items.push(v));
    for (let i = 0; i < items.length; i++) out.add(this.clone(items[i]));
    return out;
  }

  cloneBoxed(value) {
    let out;
    if (types.isNumberObject(value)) out = new Number(Number.prototype.valueOf.call(value));
    else if (types.isStringObject(value)) out = new String(String.prototype.valueOf.call(value));
    else if (types.isBooleanObject(value)) out = new Boolean(Boolean.prototype.valueOf.call(value));
    else if (types.isBigIntObject(value)) out = Object(BigInt.prototype.valueOf.call(value));
    else throw dataCloneError(String(Symbol.prototype.valueOf.call(value)));
    return this.remember(value, out);
  }

  // Keeps the kind (by `name`), stack, message and cause, as V8 does.
  cloneError(value) {
    const name = value.name;
    const Ctor = typeof name === 'string' && Object.prototype.hasOwnProperty.call(errorCtors, name)
      ? errorCtors[name] : Error;
    const out = this.remember(value, new Ctor());
    const stack = value.stack;
    if (typeof stack === 'string') {
      Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true });
    }
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message !== undefined && 'value' in message) {
      Object.defineProperty(out, 'message', {
        value: String(message.value), writable: true, configurable: true,
      });
    }
    const cause = Object.getOwnPropertyDescriptor(value, 'cause');
    if (cause !== undefined && 'value' in cause) {
      Object.defineProperty(out, 'cause', {
        value: this.clone(cause.value), writable: true, configurable: true,
      });
    }
    return out;
  }
}

// The `transfer` list: ArrayBuffers move (the source is detached) and the
// clone refers to the moved buffer.
function prepareTransfers(transfer) {
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer[Symbol.iterator] !== 'function') {
    const err = new TypeError('Optional transferList argument must be an iterable');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const seen = new Set();
  const pairs = [];
  for (const item of transfer) {
    if (!types.isArrayBuffer(item)) {
      throw dataCloneError(typeof item === 'object' && item !== null ? describeObject(item) : String(item));
    }
    if (seen.has(item)) {
      throw new DOMException('ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer',
        'DataCloneError');
    }
    seen.add(item);
    pairs.push(item);
  }
  if (typeof abTransfer !== 'function') {
    throw new Error('structuredClone: transferring ArrayBuffers needs ArrayBuffer.prototype.transfer');
  }
  return pairs.map((ab) => [ab, abTransfer.call(ab)]);
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    const err = new TypeError('The options argument must be either an object or undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const transfers = prepareTransfers(options == null ? undefined : options.transfer);
  return new Cloner(transfers).clone(value);
}

module.exports = { structuredClone };
