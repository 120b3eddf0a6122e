'use strict';
// Node's `querystring`: the lenient, non-WHATWG query string parser and
// serializer (duplicate keys become arrays; bad escapes are kept).

const { decodeUTF8, hexValue } = require('internal/url');

function uriError() {
  const err = new URIError('URI malformed');
  err.code = 'ERR_INVALID_URI';
  return err;
}

// Percent-encodes all but A-Z a-z 0-9 - . _ ~ ! ' ( ) *: exactly what
// encodeURIComponent keeps.
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw uriError();
  }
}

// Bytes of `s` with %XX decoded (and '+' as space when asked); other
// characters keep only their low byte, as Node does.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === out.length ? out : out.subarray(0, n);
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  let BufferCtor;
  try {
    BufferCtor = require('buffer').Buffer;
  } catch {
    // No buffer module yet: plain bytes are the best we can give.
    return bytes;
  }
  return BufferCtor.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return decodeUTF8(unescapeBytes(`${s}`, decodeSpaces));
  }
}

// Strings go as they are; finite numbers, bigints and booleans as text;
// anything else as ''.
function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = `${encode(stringifyPrimitive(k))}${eq}`;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        if (out.length > 0) out += sep;
        out += ks + encode(stringifyPrimitive(v[j]));
      }
    } else {
      if (out.length > 0) out += sep;
      out += ks + encode(stringifyPrimitive(v));
    }
  }
  return out;
}

function decodeWith(s, decode) {
  try {
    return decode(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value) {
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (typeof cur === 'string') obj[key] = [cur, value];
  else cur.push(value);
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  if (!(maxKeys > 0)) maxKeys = Infinity;
  // Users may replace querystring.unescape; Node then treats it as custom.
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;

  let pairs = 0;
  let start = 0;
  while (start <= qs.length && pairs < maxKeys) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    if (end > start) {
      pairs++;
      const eqAt = qs.indexOf(eq, start);
      let key;
      let value;
      if (eqAt === -1 || eqAt >= end) {
        key = qs.slice(start, end);
        value = '';
      } else {
        key = qs.slice(start, eqAt);
        value = qs.slice(eqAt + eq.length, end);
      }
      addPair(obj, decodePart(key, decode, custom), decodePart(value, decode, custom));
    }
    start = end + sep.length;
  }
  return obj;
}

// '+' means space. The default decoder only runs on text with escapes; a
// custom one sees every non-empty part, with '+' passed on as '%20'.
function decodePart(s, decode, custom) {
  if (s.length === 0) return s;
  const plus = s.indexOf('+') !== -1;
  if (custom) return decodeWith(plus ? s.replaceAll('+', '%20') : s, decode);
  if (plus) s = s.replaceAll('+', ' ');
  return s.indexOf('%') === -1 ? s : decodeWith(s, decode);
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
