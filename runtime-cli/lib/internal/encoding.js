'use strict';
// WHATWG TextEncoder / TextDecoder. Decoders: utf-8, utf-16le, utf-16be and
// windows-1252 (which Node 20 decodes as plain latin1). Streaming keeps the
// bytes of an unfinished character until the next call.

const native = binding.buffer;
const { codes } = require('internal/buffer/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const empty = new Uint8Array(0);

// WHATWG labels of the encodings we decode.
const labels = { __proto__: null };
function addLabels(name, list) {
  for (const label of list) labels[label] = name;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function getEncoding(label) {
  return labels[label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function bytesOf(input) {
  if (input === undefined) return empty;
  if (ArrayBuffer.isView(input)) {
    return input instanceof Uint8Array && input.constructor === Uint8Array ? input :
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  // Node's message here has no "Received ..." part.
  const err = new codes.ERR_INVALID_ARG_TYPE('list',
    ['SharedArrayBuffer', 'ArrayBuffer', 'ArrayBufferView'], input);
  err.message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer ' +
    'or ArrayBufferView.';
  Error.captureStackTrace(err, bytesOf);
  throw err;
}

function validateOptions(options) {
  if (options !== null && options !== undefined && typeof options !== 'object' &&
      typeof options !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

// ---- TextEncoder ---------------------------------------------------------------

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    return native.fromString(`${input}`, 'utf8');
  }

  encodeInto(src, dest) {
    src = `${src}`;
    if (!(dest instanceof Uint8Array)) {
      throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    const written = native.write(dest, src, 0, dest.length, 'utf8');
    return { read: unitsForBytes(src, written), written };
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/util/inspect').inspect({ encoding: this.encoding }, options);
  }
}

// How many UTF-16 units of `s` make up its first `bytes` UTF-8 bytes
// (a lone surrogate is one unit, three bytes).
function unitsForBytes(s, bytes) {
  let i = 0;
  let n = 0;
  while (n < bytes && i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      n += 1;
    } else if (c < 0x800) {
      n += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length &&
        (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else {
      n += 3;
    }
    i++;
  }
  return i;
}

// ---- TextDecoder ---------------------------------------------------------------

// Length of a UTF-8 sequence starting with `b`, and the valid range of its
// second byte (WHATWG), or 0 for a byte that cannot start one.
function seqLength(b) {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

function secondByteOk(lead, b) {
  if (lead === 0xe0) return b >= 0xa0 && b <= 0xbf;
  if (lead === 0xed) return b >= 0x80 && b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90 && b <= 0xbf;
  if (lead === 0xf4) return b >= 0x80 && b <= 0x8f;
  return b >= 0x80 && b <= 0xbf;
}

// Where the unfinished (but so far valid) UTF-8 sequence at the end of
// `bytes` starts, or bytes.length if it ends on a boundary.
function utf8Cut(bytes) {
  const len = bytes.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const b = bytes[len - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = seqLength(b);
    if (need <= back) return len;
    if (back >= 2 && !secondByteOk(b, bytes[len - back + 1])) return len;
    return len - back;
  }
  return len;
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = empty; // bytes of an unfinished character
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptions(options);
    const enc = getEncoding(encoding);
    if (enc === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = enc;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  decode(input = empty, options = {}) {
    let bytes = bytesOf(input);
    // Node does not validate decode()'s options.
    const stream = Boolean(options != null && options.stream);
    if (this.#encoding === 'windows-1252') {
      return native.toString(bytes, 0, bytes.length, 'latin1');
    }
    bytes = concatBytes(this.#pending, bytes);
    let text;
    try {
      text = this.#encoding === 'utf-8' ? this.#utf8(bytes, stream) : this.#utf16(bytes, stream);
    } catch (err) {
      this.#reset();
      throw err;
    }
    if (!this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!stream) this.#reset();
    return text;
  }

  get encoding() { return this.#encoding; }

  get fatal() { return this.#fatal; }

  get ignoreBOM() { return this.#ignoreBOM; }

  #reset() {
    this.#pending = empty;
    this.#bomSeen = false;
  }

  #invalid() {
    return new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
  }

  #utf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      end = utf8Cut(bytes);
      this.#pending = end < bytes.length ? bytes.slice(end) : empty;
    } else {
      this.#pending = empty;
    }
    if (this.#fatal) {
      const whole = end === bytes.length ? bytes : bytes.subarray(0, end);
      if (!native.isUtf8(whole)) throw this.#invalid();
    }
    return native.toString(bytes, 0, end, 'utf8');
  }

  #utf16(bytes, stream) {
    let end = bytes.length & ~1;
    const odd = end !== bytes.length;
    const bigEndian = this.#encoding === 'utf-16be';
    // A trailing high surrogate may pair with the next chunk's first unit.
    if (stream && end >= 2) {
      const unit = bigEndian ? bytes[end - 2] << 8 | bytes[end - 1] :
        bytes[end - 1] << 8 | bytes[end - 2];
      if ((unit & 0xfc00) === 0xd800) end -= 2;
    }
    if (stream) {
      this.#pending = end < bytes.length ? bytes.slice(end) : empty;
    } else {
      this.#pending = empty;
    }
    let units = bytes;
    if (bigEndian) {
      units = bytes.slice(0, end);
      for (let i = 0; i < end; i += 2) {
        const t = units[i];
        units[i] = units[i + 1];
        units[i + 1] = t;
      }
    }
    let text = native.toString(units, 0, end, 'utf16le');
    if (!text.isWellFormed()) {
      if (this.#fatal) throw this.#invalid();
      text = text.toWellFormed();
    }
    if (odd && !stream) {
      if (this.#fatal) throw this.#invalid();
      text += '\ufffd';
    }
    return text;
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `TextDecoder ${inspect({
      encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM,
    }, options)}`;
  }
}

for (const cls of [TextEncoder, TextDecoder]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, configurable: true,
  });
}
for (const name of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, name, { enumerable: true });
}
for (const name of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}

module.exports = { TextEncoder, TextDecoder };
