'use strict';

// Buffer.prototype: Node's methods (toString, write, compare, copy, fill,
// indexOf, swaps, per-encoding slice/write, numeric reads and writes),
// installed on FastBuffer.prototype when this module loads. Exports the
// copy helper Buffer.concat shares.

const native = binding.buffer;
const {
  codes, outOfRange, validateInteger,
} = require('internal/buffer/errors');
const { lookupEncoding } = require('internal/buffer/encodings');
const numbers = require('internal/buffer/numbers');
const { isUint8Array, typedArraySet } = require('internal/buffer/types');
const { doFill } = require('internal/buffer/fill');
const { bidirectionalIndexOf } = require('internal/buffer/search');
const { FastBuffer, Buffer, kMaxLength } = require('internal/buffer/fast_buffer');

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

module.exports = { copyActual };
