'use strict';
// Buffer#fill (and Buffer.alloc's fill): numbers, strings in any
// encoding, or the bytes of another view, repeated over a range.

const native = binding.buffer;
const { codes, validateInteger } = require('internal/buffer/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { isUint8Array, typedArraySet, typedArrayFill } = require('internal/buffer/types');

const kMaxLength = 2 ** 32;

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

module.exports = { doFill };
