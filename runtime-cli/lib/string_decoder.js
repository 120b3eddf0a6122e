'use strict';
// StringDecoder: decodes a byte stream chunk by chunk, holding back the
// bytes of a character split across chunks (utf8, utf16le) or an
// unfinished 3-byte group (base64). State lives in a 7-byte Buffer, laid
// out as in Node (so inspection matches): bytes 0-3 the unfinished
// character, 4 how many bytes it still needs, 5 how many are held, 6 the
// encoding's id.

const native = binding.buffer;
const { Buffer } = require('buffer');
const { codes } = require('internal/buffer/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;

// Node's internal encoding ids, and the binding's names for them.
const ids = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
const names = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', '', 'base64url'];
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const BASE64URL = 7;

function StringDecoder(encoding) {
  const enc = encoding == null || typeof encoding === 'string' ?
    normalizeEncoding(encoding) : undefined;
  if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  const state = Buffer.alloc(7);
  state[kEncoding] = ids[enc];
  this[kNativeDecoder] = state;
}

function decodeState(state, bytes, start, end) {
  return native.toString(bytes, start, end, names[state[kEncoding]]);
}

// How many trailing bytes of data[0..len) start a character that is not
// finished yet; sets the state's missing count.
function holdBack(state, data, len) {
  const enc = state[kEncoding];
  if (enc === UTF8) {
    if ((data[len - 1] & 0x80) === 0) return 0;
    let count = 0;
    for (let i = len - 1; ; i--) {
      count++;
      const b = data[i];
      if ((b & 0xc0) === 0x80) {
        // Too many continuation bytes, or the character began in an
        // earlier chunk: let the decoder deal with them.
        if (count >= 4 || i === 0) return 0;
        continue;
      }
      let need = 0;
      if ((b & 0xe0) === 0xc0) need = 2;
      else if ((b & 0xf0) === 0xe0) need = 3;
      else if ((b & 0xf8) === 0xf0) need = 4;
      if (need === 0 || count >= need) return 0;
      state[kMissing] = need - count;
      return count;
    }
  }
  if (enc === UCS2) {
    if (len % 2 === 1) {
      state[kMissing] = 1;
      return 1;
    }
    // A high surrogate waits for its pair.
    if ((data[len - 1] & 0xfc) === 0xd8) {
      state[kMissing] = 2;
      return 2;
    }
    return 0;
  }
  if (enc === BASE64 || enc === BASE64URL) {
    const rest = len % 3;
    if (rest !== 0) state[kMissing] = 3 - rest;
    return rest;
  }
  return 0;
}

function decodeChunk(state, data) {
  const len = data.length;
  const enc = state[kEncoding];
  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) {
    return len === 0 ? '' : decodeState(state, data, 0, len);
  }
  let prefix = '';
  let pos = 0;
  if (state[kMissing] > 0) {
    const missing = state[kMissing];
    let take = Math.min(missing, len);
    let interrupted = false;
    if (enc === UTF8) {
      // A byte that is not a continuation ends the unfinished character
      // early; it is then decoded as it stands.
      for (let i = 0; i < take; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          take = i;
          interrupted = true;
          break;
        }
      }
    }
    for (let i = 0; i < take; i++) state[state[kBuffered] + i] = data[i];
    state[kBuffered] += take;
    state[kMissing] = interrupted ? 0 : missing - take;
    pos = take;
    if (state[kMissing] > 0) return '';
    prefix = decodeState(state, state, 0, state[kBuffered]);
    state[kBuffered] = 0;
  }
  if (pos === len) return prefix;
  const rest = pos === 0 ? data : data.subarray(pos);
  const keep = holdBack(state, rest, rest.length);
  if (keep > 0) {
    for (let i = 0; i < keep; i++) state[i] = rest[rest.length - keep + i];
    state[kBuffered] = keep;
  }
  const end = rest.length - keep;
  return end === 0 ? prefix : prefix + decodeState(state, rest, 0, end);
}

function flush(state) {
  const enc = state[kEncoding];
  let buffered = state[kBuffered];
  let out = '';
  if (buffered > 0) {
    if (enc === UTF8) {
      out = '\ufffd';
    } else {
      // utf16le drops a lone trailing byte.
      if (enc === UCS2 && buffered % 2 === 1) buffered--;
      if (buffered > 0) out = decodeState(state, state, 0, buffered);
    }
  }
  state[kBuffered] = 0;
  state[kMissing] = 0;
  return out;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return decodeChunk(this[kNativeDecoder], toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let out = '';
  if (buf !== undefined) out = this.write(buf);
  return out + flush(this[kNativeDecoder]);
};

// Decodes `buf` from `offset`, forgetting any held-back bytes first.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, 4); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissing]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing]; },
  },
});

module.exports = { StringDecoder };
