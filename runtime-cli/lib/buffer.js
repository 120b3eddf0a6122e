'use strict';
// The `buffer` module: Buffer (a Uint8Array subclass) with Node's API on
// top of the encoding natives in binding.buffer; Blob, File, atob/btoa.
//
// This file holds Buffer's statics and the module's exports; the class is in
// internal/buffer/fast_buffer, its methods in internal/buffer/prototype.

const native = binding.buffer;
const {
  codes, validateNumber, validateInteger,
} = require('internal/buffer/errors');
const { lookupEncoding } = require('internal/buffer/encodings');
const { makeInspect } = require('internal/buffer/inspect');
const {
  FastBuffer, Buffer, kMaxLength, kStringMaxLength, constants,
} = require('internal/buffer/fast_buffer');
const { copyActual } = require('internal/buffer/prototype');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const {
  isUint8Array, isAnyArrayBuffer, typedArrayTag, typedArraySet,
} = require('internal/buffer/types');
const { doFill } = require('internal/buffer/fill');
const {
  isUtf8, isAscii, btoa, atob, transcode,
} = require('internal/buffer/web');

// A Buffer over the bytes of a Uint8Array the native side just made.
function wrap(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = 'utf8';
  } else {
    enc = lookupEncoding(encoding);
    if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return wrap(native.fromString(string, enc));
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  const buf = new FastBuffer(len);
  if (isUint8Array(obj)) {
    typedArraySet.call(buf, obj, 0);
  } else {
    for (let i = 0; i < len; i++) buf[i] = obj[i];
  }
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b !== undefined) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || typedArrayTag.call(view) === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return doFill(buf, fill, 0, size, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return native.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    lookupEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateInteger(length, 'length', 0, kMaxLength);
  }
  const buffer = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  // Unknown encodings count as utf8 here, as in Node.
  const enc = encoding ? lookupEncoding(encoding) || 'utf8' : 'utf8';
  if (enc === 'latin1' || enc === 'ascii') return string.length;
  if (enc === 'utf16le') return string.length * 2;
  return native.byteLength(string, enc);
}
Buffer.byteLength = byteLength;

const proto = FastBuffer.prototype;

let INSPECT_MAX_BYTES = 50;

const inspectBuffer = makeInspect(() => INSPECT_MAX_BYTES);

Object.defineProperty(proto, customInspect, {
  value: inspectBuffer, writable: true, enumerable: false, configurable: true,
});
proto.inspect = inspectBuffer;

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Blob and File load on first use.
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  const settle = (value) => Object.defineProperty(module.exports, name, {
    value, writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = require('internal/buffer/blob')[name];
      settle(value);
      return value;
    },
    set: settle,
  });
}

