'use strict';
// OutgoingMessage's header API (setHeader, getHeaders, appendHeader,
// addTrailers, the deprecated _headers...) and the step that fixes the head
// (_storeHeader), over the kOutHeaders list below. outgoing.js installs them
// on its prototype.

const {
  validateHeaderName, validateHeaderValue, checkInvalidHeaderChar, headerKey, codes,
} = require('internal/http/common');
const { validateString } = require('internal/errors');
const { kHeader, kNoKeepAlive } = require('internal/http/message_state');

// The headers set so far: null, or a flat list of (lowercased key, name as
// set, value) triples in the order first set. A response has a handful of
// headers: a scan is cheaper than a dictionary object and an entry array per
// header, and the head is built with a plain loop.
const kOutHeaders = Symbol('kOutHeaders');

// Where header `key` is in `headers` (a kOutHeaders list), or -1.
function findHeader(headers, key) {
  for (let i = 0; i < headers.length; i += 3) {
    if (headers[i] === key) return i;
  }
  return -1;
}
function addTrailer(msg, field, value) {
  if (msg._trailerList === null) msg._trailerList = [];
  msg._trailerList.push(field, `${value}`);
}

// One header (an array value is one line per element, but cookie arrays
// join with '; ') appended to the flat list `out`, validated when asked.
function pushHeader(out, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || key.length !== 6 || key.toLowerCase() !== 'cookie') {
      for (let i = 0; i < value.length; i++) {
        if (validate) validateHeaderValue(key, value[i]);
        out.push(key, `${value[i]}`);
      }
      return;
    }
    value = value.join('; ');
  }
  if (validate) validateHeaderValue(key, value);
  out.push(key, typeof value === 'string' ? value : `${value}`);
}

// The header methods, installed on `proto` (OutgoingMessage.prototype).
function installHeaderMethods(proto) {
  Object.defineProperty(proto, '_headers', {
    get() { return this.getHeaders(); },
    set(v) {
      if (v == null) {
        this[kOutHeaders] = null;
        return;
      }
      const h = this[kOutHeaders] = [];
      for (const k of Object.keys(v)) {
        const key = k.toLowerCase();
        const i = findHeader(h, key);
        if (i >= 0) h.splice(i, 3);
        h.push(key, k, v[k]);
      }
    },
    configurable: true,
  });

  proto.setHeader = function setHeader(name, value) {
    if ((this._state & kHeader) !== 0) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    const key = headerKey(name, value);
    const headers = this[kOutHeaders];
    if (headers === null) {
      this[kOutHeaders] = [key, name, value];
      return this;
    }
    // (findHeader and push, written out: a response sets several headers,
    // and each call costs on QuickJS.)
    const n = headers.length;
    let i = 0;
    while (i < n && headers[i] !== key) i += 3;
    headers[i] = key;
    headers[i + 1] = name;
    headers[i + 2] = value;
    return this;
  };

  proto.setHeaders = function setHeaders(headers) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
        typeof headers.get !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    const cookies = [];
    for (const key of headers.keys()) {
      const value = headers.get(key);
      if (key.toLowerCase() === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
      } else {
        this.setHeader(key, value);
      }
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  };

  proto.appendHeader = function appendHeader(name, value) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    let headers = this[kOutHeaders];
    if (headers === null) this[kOutHeaders] = headers = [];
    const i = findHeader(headers, field);
    if (i < 0) {
      headers.push(field, name, value);
      return this;
    }
    const prev = headers[i + 2];
    const before = Array.isArray(prev) ? prev : [prev];
    headers[i + 2] = before.concat(value);
    return this;
  };

  proto.getHeader = function getHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    if (headers === null) return undefined;
    const i = findHeader(headers, name.toLowerCase());
    return i < 0 ? undefined : headers[i + 2];
  };

  proto.getHeaderNames = function getHeaderNames() {
    const headers = this[kOutHeaders];
    const names = [];
    if (headers !== null) for (let i = 0; i < headers.length; i += 3) names.push(headers[i]);
    return names;
  };

  proto.getRawHeaderNames = function getRawHeaderNames() {
    const headers = this[kOutHeaders];
    const names = [];
    if (headers !== null) for (let i = 0; i < headers.length; i += 3) names.push(headers[i + 1]);
    return names;
  };

  proto.getHeaders = function getHeaders() {
    const headers = this[kOutHeaders];
    const ret = { __proto__: null };
    if (headers !== null) {
      for (let i = 0; i < headers.length; i += 3) ret[headers[i]] = headers[i + 2];
    }
    return ret;
  };

  proto.hasHeader = function hasHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    return headers !== null && findHeader(headers, name.toLowerCase()) >= 0;
  };

  proto.removeHeader = function removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    switch (key) {
      case 'connection': this._removedConnection = true; break;
      case 'content-length': this._removedContLen = true; break;
      case 'transfer-encoding': this._removedTE = true; break;
      case 'date': this.sendDate = false; break;
      default: break;
    }
    const headers = this[kOutHeaders];
    if (headers !== null) {
      const i = findHeader(headers, key);
      if (i >= 0) headers.splice(i, 3);
    }
  };

  // Trailers go after a chunked body (Node's `_trailer` text, and the same
  // as a flat [name, value...] list for the native side).
  proto.addTrailers = function addTrailers(headers) {
    const keys = Object.keys(headers);
    const isArray = Array.isArray(headers);
    for (let i = 0; i < keys.length; i++) {
      let field;
      let value;
      if (isArray) {
        field = headers[keys[i]][0];
        value = headers[keys[i]][1];
      } else {
        field = keys[i];
        value = headers[field];
      }
      validateHeaderName(field, 'Trailer name');
      if (Array.isArray(value) && value.length > 1 &&
          (field.length !== 6 || field.toLowerCase() !== 'cookie')) {
        for (let j = 0; j < value.length; j++) {
          if (checkInvalidHeaderChar(value[j])) throw new codes.ERR_INVALID_CHAR('trailer content', field);
          this._trailer += `${field}: ${value[j]}\r\n`;
          addTrailer(this, field, value[j]);
        }
      } else {
        if (Array.isArray(value)) value = value.join('; ');
        if (checkInvalidHeaderChar(value)) throw new codes.ERR_INVALID_CHAR('trailer content', field);
        this._trailer += `${field}: ${value}\r\n`;
        addTrailer(this, field, value);
      }
    }
  };

  // Fixes the head: `headers` is this[kOutHeaders] or what writeHead got.
  proto._storeHeader = function _storeHeader(firstLine, headers) {
    const out = [];
    if (headers) {
      if (headers === this[kOutHeaders]) {
        for (let i = 0; i < headers.length; i += 3) pushHeader(out, headers[i + 1], headers[i + 2], false);
      } else if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
          for (let i = 0; i < headers.length; i++) {
            pushHeader(out, headers[i][0], headers[i][1], true);
          }
        } else {
          if (headers.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
          for (let n = 0; n < headers.length; n += 2) pushHeader(out, headers[n], headers[n + 1], true);
        }
      } else {
        const keys = Object.keys(headers);
        for (let i = 0; i < keys.length; i++) pushHeader(out, keys[i], headers[keys[i]], true);
      }
    }
    const state = this._state;
    if ((state & kNoKeepAlive) !== 0 && this._nativeKeepAlive &&
        !this.maxRequestsOnConnectionReached) {
      let has = false;
      for (let i = 0; i < out.length; i += 2) {
        if (out[i].length === 10 && out[i].toLowerCase() === 'connection') { has = true; break; }
      }
      if (!has) out.push('Connection', 'close');
    }
    // (`_last` follows from kNoKeepAlive once the head is fixed.)
    this._rawHead = out;
    this._state = state | kHeader;
  };
}

module.exports = { kOutHeaders, pushHeader, installHeaderMethods };
