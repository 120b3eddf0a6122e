'use strict';
// The `buffer` module: Buffer (a Uint8Array subclass) with Node's API on
// top of the encoding natives in binding.buffer; Blob, File, atob/btoa.

const native = binding.buffer;
const {
  codes, outOfRange, validateNumber, validateInteger,
} = require('internal/buffer/errors');
const { normalizeEncoding, lookupEncoding } = require('internal/buffer/encodings');
const numbers = require('internal/buffer/numbers');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Intrinsics that user code cannot swap out from under us.
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typedArraySet = TypedArrayProto.set;
const typedArrayFill = TypedArrayProto.fill;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isUint8Array(v) { return typedArrayTag.call(v) === 'Uint8Array'; }
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    abByteLength.call(v);
    return true;
  } catch {}
  if (sabByteLength === undefined) return false;
  try {
    sabByteLength.call(v);
    return true;
  } catch {
    return false;
  }
}

// The class every buffer is an instance of; `Buffer` (callable without
// `new`, as in Node) shares its prototype.
class FastBuffer extends Uint8Array {}

function Buffer(arg, encodingOrOffset, length) {
  if (!isAnyArrayBuffer(arg)) showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

let warned = false;
function showDeprecation() {
  if (warned) return;
  warned = true;
  if (typeof process.emitWarning === 'function') {
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
      'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

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
    // ('an ' spelled out: internal/errors does not add it for other kinds.)
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'an Array-like Object'], value);
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

// ---- prototype ---------------------------------------------------------------

const proto = FastBuffer.prototype;

function defineMethods(obj, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(obj, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

// Node's `start`/`end` coercion for slice.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  typedArraySet.call(target, source, targetStart);
  return nb;
}

function doFill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      if (typeof encoding !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      }
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((enc === 'utf8' && code < 128) || enc === 'latin1') value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateInteger(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateInteger(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end > buf.length) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    typedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = native.fromString(value, enc);
  } else if (isUint8Array(value)) {
    bytes = value;
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    // Anything else fills with its uint32 value's low byte.
    typedArrayFill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  repeatInto(buf, bytes, offset, end);
  return buf;
}

// Fills buf[offset..end) with repetitions of `bytes`, doubling each copy.
function repeatInto(buf, bytes, offset, end) {
  const total = end - offset;
  let done = Math.min(bytes.length, total);
  typedArraySet.call(buf, done === bytes.length ? bytes : bytes.subarray(0, done), offset);
  while (done < total) {
    const n = Math.min(done, total - done);
    buf.copyWithin(offset + done, offset, offset + n);
    done += n;
  }
}

// Node's byteOffset rules for indexOf/lastIndexOf (see IndexOfOffset):
// where to start searching, or -1 for no match possible.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(buf, needle, offset, forward, wide) {
  const start = searchStart(buf.length, offset, needle.length, forward);
  if (needle.length === 0) return start;
  if (buf.length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > buf.length) || needle.length > buf.length) return -1;
  if (!wide) return native.indexOf(buf, needle, start, !forward);
  // utf16le matches only at even positions.
  if (buf.length < 2 || needle.length < 2) return -1;
  let from = start - (start & 1);
  for (;;) {
    const at = native.indexOf(buf, needle, from, !forward);
    if (at === -1 || (at & 1) === 0) return at;
    from = forward ? at + 1 : at - 1;
    if (from < 0) return -1;
  }
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);

  if (typeof val === 'number') {
    const start = searchStart(buffer.length, byteOffset, 1, forward);
    if (start <= -1 || buffer.length === 0) return -1;
    const byte = (val >>> 0) & 255;
    return forward ? Uint8Array.prototype.indexOf.call(buffer, byte, start) :
      Uint8Array.prototype.lastIndexOf.call(buffer, byte, start);
  }
  const enc = encoding === undefined ? 'utf8' : lookupEncoding(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    return searchBytes(buffer, native.fromString(val, enc), byteOffset, forward,
      enc === 'utf16le');
  }
  if (isUint8Array(val)) return searchBytes(buffer, val, byteOffset, forward, enc === 'utf16le');
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function swap(buf, a, b) {
  const t = buf[a];
  buf[a] = buf[b];
  buf[b] = t;
}

function checkEncodedString(string) {
  if (typeof string !== 'string') {
    // Node's native check words this one differently.
    const err = new codes.ERR_INVALID_ARG_TYPE('argument', 'string', string);
    err.message = 'argument must be a string';
    Error.captureStackTrace(err, checkEncodedString);
    throw err;
  }
}

defineMethods(proto, {
  toString(encoding, start, end) {
    const len = this.length;
    if (arguments.length === 0) return native.toString(this, 0, len, 'utf8');
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return native.toString(this, start, end, 'utf8');
    const enc = lookupEncoding(encoding);
    if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    return native.toString(this, start, end, enc);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || native.compare(this, otherBuffer) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    if (arguments.length === 1) return native.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateInteger(targetStart, 'targetStart', 0, kMaxLength);
    if (targetEnd === undefined) targetEnd = target.length;
    else validateInteger(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateInteger(sourceStart, 'sourceStart', 0, kMaxLength);
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateInteger(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return native.compare(this.subarray(sourceStart, sourceEnd),
      target.subarray(targetStart, targetEnd));
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
  },

  fill(value, offset, end, encoding) {
    return doFill(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) {
      checkEncodedString(string);
      return native.write(this, string, 0, this.length, 'utf8');
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateInteger(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    let enc = 'utf8';
    if (encoding) {
      enc = lookupEncoding(encoding);
      if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    checkEncodedString(string);
    return native.write(this, string, offset, length, enc);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  },

  slice(start, end) {
    const len = this.length;
    start = adjustOffset(start, len);
    end = end !== undefined ? adjustOffset(end, len) : len;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },

  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(this)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
    if (!isUint8Array(target)) {
      throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.length) {
        throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return copyActual(this, target, targetStart, sourceStart, sourceEnd);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('16-bits');
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('32-bits');
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('64-bits');
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  },
});
proto.toLocaleString = proto.toString;
// `subarray` is Uint8Array's, which builds a Buffer through the species
// constructor (Buffer called with an ArrayBuffer).

// The per-encoding slice/write methods Node exposes (latin1Slice, ...).
for (const [prefix, enc] of [['ascii', 'ascii'], ['base64', 'base64'],
  ['base64url', 'base64url'], ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'],
  ['utf8', 'utf8']]) {
  defineMethods(proto, {
    [`${prefix}Slice`](start = 0, end = this.length) {
      if (start < 0 || end > this.length || start > end) throw new codes.ERR_OUT_OF_RANGE('index', 'within bounds', start);
      return native.toString(this, start, end, enc);
    },
    [`${prefix}Write`](string, offset = 0, length = this.length - offset) {
      checkEncodedString(string);
      if (offset < 0 || offset > this.length) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return native.write(this, string, offset, length, enc);
    },
  });
}

numbers.install(proto);

// Deprecated aliases of `buffer` and `byteOffset`.
Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

let INSPECT_MAX_BYTES = 50;

// `<Buffer 68 69 ... N more bytes, extra: props>` as in Node.
function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const hex = native.toString(this, 0, shown, 'hex');
  let str = '';
  for (let i = 0; i < hex.length; i += 2) {
    str += i === 0 ? hex.slice(0, 2) : ` ${hex.slice(i, i + 2)}`;
  }
  const remaining = this.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extras = { __proto__: null };
    let any = false;
    for (const key of keys) {
      if (isIndexKey(key)) continue;
      extras[key] = this[key];
      any = true;
    }
    if (ctx.showHidden) {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        extras[sym] = this[sym];
        any = true;
      }
    } else {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, sym)) {
          extras[sym] = this[sym];
          any = true;
        }
      }
    }
    if (any) {
      const { inspect } = require('internal/util/inspect');
      const text = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Strip "[Object: null prototype] {" and " }".
      if (this.length !== 0) str += ', ';
      str += text.slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

function isIndexKey(key) {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return String(+key >>> 0) === key && +key !== 4294967295;
}

Object.defineProperty(proto, customInspect, {
  value: inspectBuffer, writable: true, enumerable: false, configurable: true,
});
proto.inspect = inspectBuffer;

// ---- module-level helpers ------------------------------------------------------

function isUtf8(input) {
  if (ArrayBuffer.isView(input)) {
    return native.isUtf8(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  }
  if (isAnyArrayBuffer(input)) return native.isUtf8(new Uint8Array(input));
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  let bytes;
  if (ArrayBuffer.isView(input)) {
    bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } else if (isAnyArrayBuffer(input)) {
    bytes = new Uint8Array(input);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return false;
  return true;
}

function invalidCharacter(message) {
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return native.toString(native.fromString(input, 'latin1'), 0, input.length, 'base64');
}

// WHATWG forgiving-base64 decode: ASCII whitespace ignored, `=` only as
// trailing padding (at most two), and a length that can hold whole bytes.
function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    const isB64 = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (c === 0x3d) {
      equals++;
    } else if (!isB64 || equals > 0) {
      throw invalidCharacter('Invalid character');
    }
    count++;
    if (equals > 2) throw invalidCharacter('Invalid character');
  }
  let rest = count % 4;
  if (rest === 0) rest = (count - equals) % 4;
  else if (equals > 0) throw invalidCharacter('Invalid character');
  if (rest === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = native.fromString(input, 'base64');
  return native.toString(bytes, 0, bytes.length, 'latin1');
}

// Re-encodes between the encodings ICU's transcode supports in Node.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return new FastBuffer();
  const from = lookupEncoding(fromEncoding) || fromEncoding;
  const to = lookupEncoding(toEncoding) || toEncoding;
  const supported = ['ascii', 'latin1', 'utf16le', 'utf8'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = native.toString(source, 0, source.length, from === 'ascii' ? 'latin1' : from);
  if (to === 'ascii' || to === 'latin1') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of text) out += ch.codePointAt(0) > limit ? '?' : ch;
    text = out;
  }
  return wrap(native.fromString(text, to === 'ascii' ? 'latin1' : to));
}

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
