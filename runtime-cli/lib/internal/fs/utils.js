'use strict';
// Argument handling shared by fs's sync, callback and promise forms: paths,
// fds, open flags, modes, options objects, encodings, times; and the calls
// into the native operations (binding.fs.sync / binding.fs.async).

const { codes } = require('internal/fs/errors');
const constants = require('internal/fs/constants');
const { normalizeEncoding, lookupEncoding } = require('internal/buffer/encodings');

const native = binding.fs;
const bufferNative = binding.buffer;

// ---- native calls ----------------------------------------------------------

function callSync(op, ...args) {
  return native.sync(op, ...args);
}

// `done(err, value)` runs later as a macrotask; the loop is never blocked.
function callAsync(op, done, ...args) {
  native.async(op, done, ...args);
}

function callPromise(op, ...args) {
  return new Promise((resolve, reject) => {
    native.async(op, (err, value) => (err ? reject(err) : resolve(value)), ...args);
  });
}

// A request: a native operation, its arguments, and how to turn its result
// (or error) into what the API returns. One request serves the sync,
// callback and promise forms.
function request(op, args, map = (v) => v, mapError = (e) => e) {
  return { op, args, map, mapError };
}

// A request done in JavaScript on top of other operations: `sync()` returns
// the result, `async()` a promise of it.
function composite(sync, async) {
  return { composite: true, sync, async };
}

function runSync(req) {
  if (req.composite) return req.sync();
  let value;
  try {
    value = native.sync(req.op, ...req.args);
  } catch (err) {
    throw req.mapError(err);
  }
  return req.map(value);
}

// Calls `callback(err)` or `callback(null, result)`, never synchronously.
function runCallback(req, callback) {
  if (req.composite) {
    req.async().then((v) => callback(null, v), (e) => callback(e));
    return;
  }
  native.async(req.op, (err, value) => {
    if (err) {
      callback(req.mapError(err));
      return;
    }
    let result;
    try {
      result = req.map(value);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, result);
  }, ...req.args);
}

function runPromise(req) {
  return new Promise((resolve, reject) => {
    runCallback(req, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// ---- Buffer (optional until the buffer module lands) ----------------------

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = require('buffer').Buffer;
    } catch {
      return undefined;
    }
  }
  return BufferCtor;
}

// Bytes from the native side as a Buffer when Buffer exists.
function asBuffer(u8) {
  const B = getBuffer();
  return B === undefined ? u8 : B.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// Any ArrayBufferView as a Uint8Array over the same memory.
function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---- encodings ------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && lookupEncoding(encoding) === undefined) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Bytes to a string in `encoding`; 'buffer' (or none) gives a Buffer.
function decode(u8, encoding) {
  if (encoding === 'buffer' || encoding == null) return asBuffer(u8);
  const enc = normalizeEncoding(encoding);
  if (enc === 'utf8') return native.utf8Decode(u8);
  return bufferNative.toString(u8, 0, u8.byteLength, enc);
}

// A string's bytes in `encoding`; UTF-8 strings stay strings (the native
// side encodes them without a copy through JS).
function encode(string, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === 'utf8' || enc === undefined) return string;
  return bufferNative.fromString(string, enc);
}

function byteLength(data) {
  return typeof data === 'string' ? bufferNative.byteLength(data, 'utf8') : data.byteLength;
}

// ---- paths ----------------------------------------------------------------

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function toPathIfFileURL(p) {
  if (!isURL(p)) return p;
  return require('internal/url_path').fileURLToPath(p);
}

// A path argument (string, Buffer/Uint8Array, or file: URL) as a string.
function getValidatedPath(p, name = 'path') {
  const given = toPathIfFileURL(p);
  p = given;
  if (typeof p !== 'string') {
    if (!(p instanceof Uint8Array)) {
      throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
    }
    p = native.utf8Decode(p);
  }
  if (p.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, given,
      'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

// A path result in the caller's encoding ('buffer' gives a Buffer).
function encodePath(path, encoding) {
  if (encoding == null || normalizeEncoding(encoding) === 'utf8') {
    if (encoding !== 'buffer') return path;
  }
  const bytes = bufferNative.fromString(path, 'utf8');
  return encoding === 'buffer' ? asBuffer(bytes) : decode(bytes, encoding);
}

// ---- numbers --------------------------------------------------------------

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateFd(fd) {
  validateInt32(fd, 'fd', 0);
  return fd;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function checkAborted(signal) {
  if (signal && signal.aborted) {
    const { AbortError } = require('internal/fs/errors');
    return new AbortError(undefined, { cause: signal.reason });
  }
  return undefined;
}

// ---- flags and modes ------------------------------------------------------

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;
const stringFlags = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string' && stringFlags[flags] !== undefined) return stringFlags[flags];
  throw new codes.ERR_INVALID_ARG_VALUE(name, flags);
}

const octalRe = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, value,
        'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// ---- options --------------------------------------------------------------

function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...options };
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// ---- times ----------------------------------------------------------------

// Seconds since the epoch, from a Date, a number or a numeric string.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- ids and positions ----------------------------------------------------

function validateId(value, name) {
  validateInteger(value, name, -1, 4294967295);
  return value >>> 0;
}

function validatePosition(position, name = 'position') {
  // Negative bigints mean "the file position", like -1.
  if (typeof position === 'bigint') {
    if (position < -(2n ** 63n) || position > 2n ** 63n - 1n) {
      throw new codes.ERR_OUT_OF_RANGE(name,
        '>= -9223372036854775808 && <= 9223372036854775807', position);
    }
    return position < 0n ? -1 : Number(position);
  }
  if (typeof position === 'number') {
    if (!Number.isInteger(position)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', position);
    if (position < -1 || position > Number.MAX_SAFE_INTEGER) {
      throw new codes.ERR_OUT_OF_RANGE(name, `>= -1 && <= ${Number.MAX_SAFE_INTEGER}`, position);
    }
    return position;
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['bigint', 'integer'], position);
}

module.exports = {
  native,
  callSync,
  callAsync,
  callPromise,
  request,
  composite,
  runSync,
  runCallback,
  runPromise,
  getBuffer,
  asBuffer,
  isArrayBufferView,
  toUint8,
  assertEncoding,
  decode,
  encode,
  byteLength,
  isURL,
  getValidatedPath,
  encodePath,
  validateInteger,
  validateInt32,
  validateUint32,
  validateFd,
  validateBoolean,
  validateObject,
  validateFunction,
  validateAbortSignal,
  checkAborted,
  makeCallback,
  stringToFlags,
  parseFileMode,
  getOptions,
  toUnixTimestamp,
  validateId,
  validatePosition,
};
