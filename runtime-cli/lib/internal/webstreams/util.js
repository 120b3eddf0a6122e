'use strict';
// Shared pieces of the WHATWG Streams implementation: internal-slot keys,
// brand checks, promise helpers, the queue-with-sizes, strategy
// extraction, ArrayBuffer helpers and the util.inspect shape Node uses.

const errors = require('internal/errors');
const extra = require('internal/util/extra_errors');
const { inspect } = require('internal/util/inspect');

const { codes } = errors;

// Every stream object keeps its internal slots in one object under kState;
// `brand` names the interface so methods can refuse foreign receivers.
const kState = Symbol('kState');

// Node's stack header names the code ("TypeError [ERR_X]: ..."); these
// classes are not the shared ones internal/errors recognizes, so the
// header is written here.
function labelStack(err, name, code) {
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(`${name}:`)) {
    err.stack = `${name} [${code}]${stack.slice(name.length)}`;
  }
}

// Node throws its ERR_INVALID_STATE as a TypeError from web streams (the
// shared code elsewhere is a plain Error), with the same message shape.
class ERR_INVALID_STATE extends TypeError {
  constructor(message) {
    super(`Invalid state: ${message}`);
    Object.defineProperty(this, 'code', {
      value: 'ERR_INVALID_STATE', enumerable: true, writable: true, configurable: true,
    });
    Error.captureStackTrace(this, ERR_INVALID_STATE);
    labelStack(this, 'TypeError', 'ERR_INVALID_STATE');
  }

  toString() {
    return `TypeError [ERR_INVALID_STATE]: ${this.message}`;
  }
}

// ERR_INVALID_ARG_VALUE as a RangeError (highWaterMark, size, type).
class ERR_INVALID_ARG_VALUE_RANGE extends RangeError {
  constructor(name, value, reason = 'is invalid') {
    const probe = new codes.ERR_INVALID_ARG_VALUE(name, value, reason);
    super(probe.message);
    Object.defineProperty(this, 'code', {
      value: 'ERR_INVALID_ARG_VALUE', enumerable: true, writable: true, configurable: true,
    });
    Error.captureStackTrace(this, ERR_INVALID_ARG_VALUE_RANGE);
    labelStack(this, 'RangeError', 'ERR_INVALID_ARG_VALUE');
  }

  toString() {
    return `RangeError [ERR_INVALID_ARG_VALUE]: ${this.message}`;
  }
}

function makeCodedError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

function isBrand(value, brand) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const state = value[kState];
  return state !== undefined && state !== null && state.brand === brand;
}

// The receiver check every public method starts with.
function checkThis(value, brand) {
  if (!isBrand(value, brand)) throw new codes.ERR_INVALID_THIS(brand);
  return value[kState];
}

function nop() {}

function createDeferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// A rejected internal promise (closed, ready) that nobody awaits must not
// be reported as an unhandled rejection.
function setPromiseHandled(promise) {
  promise.then(nop, nop);
}

function rejected(err) {
  return Promise.reject(err);
}

// Calls an optional user callback, turning a sync throw into a rejection
// and the result into a promise, as the spec's "promise-calling" does.
// The result is adopted by a new promise (not Promise.resolve): a returned
// promise then settles ours two microtasks later, the timing Node has.
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve();
  return new Promise((resolve) => resolve(Reflect.apply(fn, thisArg, args)));
}

// Reads an optional method from a user object, checking it is callable.
function getMethod(obj, key, objName) {
  if (obj == null) return undefined;
  const fn = obj[key];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(`${objName}.${key}`, 'Function', fn);
  }
  return fn;
}

// A FIFO with an O(1) shift, for chunk queues and request lists.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  peek() { return this.items[this.head]; }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

// ---- queue-with-sizes (controllers hold `queue` and `queueTotalSize`) ----

function enqueueValueWithSize(container, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE_RANGE('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize -= size;
  // Floating-point sizes can leave a tiny negative remainder.
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return value;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue = new Queue();
  container.queueTotalSize = 0;
}

// ---- strategies ----

function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy == null || strategy.highWaterMark === undefined) return defaultHWM;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE_RANGE('strategy.highWaterMark', hwm);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  if (strategy == null || strategy.size === undefined) return () => 1;
  const size = strategy.size;
  if (typeof size !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

// ---- ArrayBuffers ----

function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function isDetached(buffer) {
  return buffer.detached === true;
}

function copyBytes(dest, destOffset, src, srcOffset, length) {
  new Uint8Array(dest, destOffset, length).set(new Uint8Array(src, srcOffset, length));
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// ---- util.inspect ----

// Node prints web stream objects as `Name { key: value, ... }` from a
// summary object; nested beyond the depth limit it prints `undefined`.
function customInspect(depth, options, name, data) {
  if (depth < 0) return undefined;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// The spec's "call pull if needed" of both readable stream controllers: a
// pull when `shouldCallPull(state)` says so, one at a time, with one more
// if asked for meanwhile; a rejected pull errors the stream (`onError`).
function pullIfNeeded(state, shouldCallPull, onError) {
  if (!shouldCallPull(state)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm().then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      pullIfNeeded(state, shouldCallPull, onError);
    }
  }, (e) => onError(state, e));
}

module.exports = {
  kState,
  codes,
  extraCodes: extra.codes,
  AbortError: errors.AbortError,
  ERR_INVALID_STATE,
  ERR_INVALID_ARG_VALUE_RANGE,
  makeCodedError,
  validateFunction: errors.validateFunction,
  validateObject: extra.validateObject,
  validateAbortSignal: extra.validateAbortSignal,
  isBrand,
  checkThis,
  nop,
  createDeferred,
  setPromiseHandled,
  rejected,
  promiseCall,
  pullIfNeeded,
  getMethod,
  Queue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  resetQueue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  transferArrayBuffer,
  isDetached,
  copyBytes,
  isArrayBufferView,
  customInspect,
  inspectSymbol: inspect.custom,
};
