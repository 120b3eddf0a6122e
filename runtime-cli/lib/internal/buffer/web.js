'use strict';
// Module-level helpers of `buffer`: isUtf8/isAscii, atob/btoa (WHATWG
// forgiving base64) and transcode.

const native = binding.buffer;
const { codes } = require('internal/buffer/errors');
const { lookupEncoding } = require('internal/buffer/encodings');
const { isUint8Array, isAnyArrayBuffer } = require('internal/buffer/types');

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
  const { Buffer } = require('buffer');
  if (source.length === 0) return Buffer.alloc(0);
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
  const bytes = native.fromString(text, to === 'ascii' ? 'latin1' : to);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

module.exports = { isUtf8, isAscii, btoa, atob, transcode };
