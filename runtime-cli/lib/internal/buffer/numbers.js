'use strict';
// Buffer#read*/write* for integers (1..6 bytes, 64-bit BigInt) and floats,
// with Node's argument checks and exact range messages.

const { codes, outOfRange, validateNumber } = require('internal/buffer/errors');

// Throws the error Node gives for a bad offset (or byteLength, with `type`).
// `last` is the highest valid value.
function boundsError(value, last, type) {
  if (Math.floor(value) !== value) {
    if (type !== undefined) validateNumber(value, type);
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (last < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${last}`, value);
}

function checkOffset(buf, offset, size) {
  if (typeof offset !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function rangeText(size, min, max) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const bits = size * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
}

function checkValue(value, min, max, size) {
  if (value > max || value < min) throw outOfRange('value', rangeText(size, min, max), value);
}

// ---- integers up to 48 bits ----------------------------------------------

function readInt(buf, offset, size, signed, bigEndian) {
  checkOffset(buf, offset, size);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    val += buf[bigEndian ? offset + size - 1 - i : offset + i] * mul;
    mul *= 256;
  }
  if (signed && val >= mul / 2) val -= mul;
  return val;
}

// Bytes of `value` (already range checked): the low 32 bits through uint32
// truncation like a typed-array store, the rest from the scaled-down value.
function putInt(buf, value, offset, size, bigEndian) {
  const hi = size > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < size; i++) {
    const byte = i < 4 ? (value >>> (8 * i)) & 255 : (hi >>> (8 * (i - 4))) & 255;
    buf[bigEndian ? offset + size - 1 - i : offset + i] = byte;
  }
  return offset + size;
}

function writeInt(buf, value, offset, size, signed, bigEndian) {
  value = +value;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  if (size === 1) {
    // One byte: Node checks the offset's type before the value's range.
    if (typeof offset !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkValue(value, min, max, size);
  } else {
    checkValue(value, min, max, size);
  }
  checkOffset(buf, offset, size);
  return putInt(buf, value, offset, size, bigEndian);
}

function checkByteLength(byteLength) {
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 && byteLength !== 4 &&
      byteLength !== 5 && byteLength !== 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// ---- floats ----------------------------------------------------------------

const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32Bytes = new Uint8Array(f32.buffer);
const f64Bytes = new Uint8Array(f64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, size, bigEndian) {
  checkOffset(buf, offset, size);
  const bytes = size === 4 ? f32Bytes : f64Bytes;
  const reverse = bigEndian === hostLittleEndian;
  for (let i = 0; i < size; i++) bytes[reverse ? size - 1 - i : i] = buf[offset + i];
  return size === 4 ? f32[0] : f64[0];
}

function writeFloat(buf, value, offset, size, bigEndian) {
  value = +value;
  checkOffset(buf, offset, size);
  let bytes;
  if (size === 4) {
    f32[0] = value;
    bytes = f32Bytes;
  } else {
    f64[0] = value;
    bytes = f64Bytes;
  }
  const reverse = bigEndian === hostLittleEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[reverse ? size - 1 - i : i];
  return offset + size;
}

// ---- 64-bit BigInt ---------------------------------------------------------

function readBig(buf, offset, signed, bigEndian) {
  if (typeof offset !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 4; i++) {
    const s = 2 ** (8 * i);
    lo += buf[bigEndian ? offset + 7 - i : offset + i] * s;
    hi += buf[bigEndian ? offset + 3 - i : offset + 4 + i] * s;
  }
  if (signed && hi >= 2 ** 31) hi -= 2 ** 32;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig(buf, value, offset, signed, bigEndian) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkValue(value, min, max, 8);
  checkOffset(buf, offset, 8);
  // Throws a TypeError for non-BigInt values, as in Node.
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[bigEndian ? offset + 7 - i : offset + i] = (lo >>> (8 * i)) & 255;
    buf[bigEndian ? offset + 3 - i : offset + 4 + i] = (hi >>> (8 * i)) & 255;
  }
  return offset + 8;
}

// ---- installation ----------------------------------------------------------

function named(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function install(proto) {
  const methods = {};
  const fixed = [['Int8', 1, true], ['UInt8', 1, false], ['Int16', 2, true], ['UInt16', 2, false],
    ['Int32', 4, true], ['UInt32', 4, false]];
  for (const [type, size, signed] of fixed) {
    for (const end of size === 1 ? [''] : ['LE', 'BE']) {
      const be = end === 'BE';
      methods[`read${type}${end}`] = function (offset = 0) {
        return readInt(this, offset, size, signed, be);
      };
      methods[`write${type}${end}`] = function (value, offset = 0) {
        return writeInt(this, value, offset, size, signed, be);
      };
    }
  }
  for (const [type, signed] of [['Int', true], ['UInt', false]]) {
    for (const end of ['LE', 'BE']) {
      const be = end === 'BE';
      methods[`read${type}${end}`] = function (offset, byteLength) {
        if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
        checkByteLength(byteLength);
        return readInt(this, offset, byteLength, signed, be);
      };
      methods[`write${type}${end}`] = function (value, offset, byteLength) {
        checkByteLength(byteLength);
        return writeInt(this, value, offset, byteLength, signed, be);
      };
    }
  }
  for (const [type, size] of [['Float', 4], ['Double', 8]]) {
    for (const end of ['LE', 'BE']) {
      const be = end === 'BE';
      methods[`read${type}${end}`] = function (offset = 0) {
        return readFloat(this, offset, size, be);
      };
      methods[`write${type}${end}`] = function (value, offset = 0) {
        return writeFloat(this, value, offset, size, be);
      };
    }
  }
  for (const [type, signed] of [['BigInt64', true], ['BigUInt64', false]]) {
    for (const end of ['LE', 'BE']) {
      const be = end === 'BE';
      methods[`read${type}${end}`] = function (offset = 0) {
        return readBig(this, offset, signed, be);
      };
      methods[`write${type}${end}`] = function (value, offset = 0) {
        return writeBig(this, value, offset, signed, be);
      };
    }
  }
  for (const name of Object.keys(methods)) {
    const fn = named(name, methods[name]);
    Object.defineProperty(proto, name, {
      value: fn, writable: true, enumerable: true, configurable: true,
    });
    // Node's lower-case aliases (readUint8, writeBigUint64LE, ...).
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'), {
        value: fn, writable: true, enumerable: true, configurable: true,
      });
    }
  }
}

module.exports = { install };
