'use strict';
// Buffer#indexOf / lastIndexOf / includes with Node's byteOffset and
// encoding rules; the byte search itself is native.

const native = binding.buffer;
const { codes } = require('internal/buffer/errors');
const { lookupEncoding } = require('internal/buffer/encodings');
const { isUint8Array } = require('internal/buffer/types');

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

module.exports = { bidirectionalIndexOf };
