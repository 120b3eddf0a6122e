'use strict';
// WHATWG URL and URLSearchParams (the globals, and `url.URL`). Parsing and
// the setters' rules are native (binding.url, the Rust `url` crate): a URL
// keeps the getter strings the native side returns, and asks it again on
// every setter. URLSearchParams is all JS: a flat [name, value, ...] list.

const { codes, validateFunction } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

const native = binding.url;

// ---- errors internal/errors does not define (yet) -----------------------

function defineError(code, Base, message) {
  return require('internal/errors').defineError(code, Base, message);
}

const errors = {
  ERR_INVALID_ARG_TYPE: codes.ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE: codes.ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS: codes.ERR_INVALID_THIS,
  ERR_MISSING_ARGS: defineError('ERR_MISSING_ARGS', TypeError, (...names) => {
    const q = names.map((n) => `"${n}"`);
    const list = q.length === 1 ? `${q[0]} argument`
      : q.length === 2 ? `${q[0]} and ${q[1]} arguments`
        : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]} arguments`;
    return `The ${list} must be specified`;
  }),
  ERR_INVALID_TUPLE: defineError('ERR_INVALID_TUPLE', TypeError,
    (name, shape) => `${name} must be an iterable ${shape} tuple`),
  ERR_ARG_NOT_ITERABLE: defineError('ERR_ARG_NOT_ITERABLE', TypeError,
    (name) => `${name} must be iterable`),
  ERR_INVALID_URL_SCHEME: defineError('ERR_INVALID_URL_SCHEME', TypeError,
    (scheme) => `The URL must be of scheme ${scheme}`),
  ERR_INVALID_FILE_URL_HOST: defineError('ERR_INVALID_FILE_URL_HOST', TypeError,
    (platform) => `File URL host must be "localhost" or empty on ${platform}`),
  ERR_INVALID_FILE_URL_PATH: defineError('ERR_INVALID_FILE_URL_PATH', TypeError,
    (msg) => `File URL path ${msg}`),
};

// Node's ERR_INVALID_URL is a plain "TypeError: Invalid URL" carrying the
// rejected input (and base, when one was given).
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  Error.captureStackTrace(err, invalidURL);
  return err;
}

// ---- strings and bytes --------------------------------------------------

// WebIDL USVString: lone surrogates become U+FFFD.
function toUSV(value) {
  const s = `${value}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// UTF-8 bytes to a string; each maximal invalid subpart becomes U+FFFD
// (the Encoding Standard's decoder, which URL parsing uses).
function decodeUTF8(bytes, start = 0, end = bytes.length) {
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i++];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1; cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      continue;
    }
    let ok = true;
    for (; need > 0; need--) {
      const c = bytes[i];
      if (i >= end || c < lower || c > upper) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
      lower = 0x80;
      upper = 0xbf;
      i++;
    }
    out += ok ? String.fromCodePoint(cp) : '\ufffd';
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Percent-decodes `s` byte-wise and reads the bytes as UTF-8; '%' not
// followed by two hex digits stays as is.
function percentDecode(s) {
  if (s.indexOf('%') === -1) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    // Malformed escapes or invalid UTF-8: decode by hand below.
  }
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else {
      // Re-encode the (well-formed) character as UTF-8.
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      const enc = encodeURIComponent(String.fromCodePoint(cp));
      for (let j = 1; j < enc.length; j += 3) bytes.push(parseInt(enc.slice(j, j + 2), 16));
    }
  }
  return decodeUTF8(bytes);
}

// application/x-www-form-urlencoded byte serializer: keeps alphanumerics
// and * - . _, turns space into '+', percent-encodes the rest as UTF-8.
const formExtraRe = /[!'()~]|%20/g;
function formExtra(m) {
  return m === '%20' ? '+' : `%${m.charCodeAt(0).toString(16).toUpperCase()}`;
}
function encodeForm(s) {
  return encodeURIComponent(s).replace(formExtraRe, formExtra);
}

function decodeForm(s) {
  if (s.indexOf('+') !== -1) s = s.replaceAll('+', ' ');
  return percentDecode(s);
}

// Appends the name/value pairs of a form-encoded string to `list`.
function parseForm(input, list) {
  let start = 0;
  const len = input.length;
  while (start <= len) {
    let end = input.indexOf('&', start);
    if (end === -1) end = len;
    if (end > start) {
      const eq = input.indexOf('=', start);
      if (eq === -1 || eq > end) {
        list.push(decodeForm(input.slice(start, end)), '');
      } else {
        list.push(decodeForm(input.slice(start, eq)), decodeForm(input.slice(eq + 1, end)));
      }
    }
    start = end + 1;
  }
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${encodeForm(list[i])}=${encodeForm(list[i + 1])}`;
  }
  return out;
}

// ---- URLSearchParams ----------------------------------------------------

// Bridges between the two classes' private state (set in static blocks).
let paramsReset; // (params, searchString) => void
let paramsAttach; // (params, url) => void
let urlSearchUpdate; // (url, serialized) => void

function checkParams(self, has) {
  if (typeof self !== 'object' || self === null || !has(self)) {
    throw new errors.ERR_INVALID_THIS('URLSearchParams');
  }
}

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    paramsReset = (p, search) => {
      p.#list = [];
      if (search.length > 1) parseForm(search.slice(1), p.#list);
    };
    paramsAttach = (p, url) => { p.#url = url; };
  }

  constructor(init = undefined) {
    if (init == null) return;
    const list = this.#list;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === URLSearchParams.prototype[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new errors.ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new errors.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) {
            throw new errors.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          list.push(toUSV(items[0]), toUSV(items[1]));
        }
      } else {
        // A record: own enumerable keys (a symbol one throws, as in Node);
        // keys equal after USV conversion keep the last value at the first
        // position.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSV(key);
          const value = toUSV(init[key]);
          const at = seen.get(name);
          if (at === undefined) {
            seen.set(name, list.length);
            list.push(name, value);
          } else {
            list[at + 1] = value;
          }
        }
      }
    } else {
      const s = toUSV(init);
      parseForm(s.charCodeAt(0) === 63 ? s.slice(1) : s, list);
    }
  }

  // Mirrors the list into the owning URL's query.
  #update() {
    if (this.#url !== null) urlSearchUpdate(this.#url, serializeForm(this.#list));
  }

  get size() {
    checkParams(this, (o) => #list in o);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this, (o) => #list in o);
    if (arguments.length < 2) throw new errors.ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSV(name), toUSV(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this, (o) => #list in o);
    if (arguments.length < 1) throw new errors.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this.#list;
    const byValue = value !== undefined;
    if (byValue) value = toUSV(value);
    let w = 0;
    for (let r = 0; r < list.length; r += 2) {
      if (list[r] === name && (!byValue || list[r + 1] === value)) continue;
      list[w++] = list[r];
      list[w++] = list[r + 1];
    }
    list.length = w;
    this.#update();
  }

  get(name) {
    checkParams(this, (o) => #list in o);
    if (arguments.length < 1) throw new errors.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkParams(this, (o) => #list in o);
    if (arguments.length < 1) throw new errors.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    checkParams(this, (o) => #list in o);
    if (arguments.length < 1) throw new errors.ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const byValue = value !== undefined;
    if (byValue) value = toUSV(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (!byValue || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this, (o) => #list in o);
    if (arguments.length < 2) throw new errors.ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = this.#list;
    let found = false;
    let w = 0;
    for (let r = 0; r < list.length; r += 2) {
      if (list[r] === name) {
        if (found) continue;
        found = true;
        list[w++] = name;
        list[w++] = value;
      } else {
        list[w++] = list[r];
        list[w++] = list[r + 1];
      }
    }
    list.length = w;
    if (!found) list.push(name, value);
    this.#update();
  }

  // Stable sort by name, comparing UTF-16 code units.
  sort() {
    checkParams(this, (o) => #list in o);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    checkParams(this, (o) => #list in o);
    return new ParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this, (o) => #list in o);
    validateFunction(callback, 'callback');
    // Re-read the list each round: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    checkParams(this, (o) => #list in o);
    return new ParamsIterator(this, 'key');
  }

  values() {
    checkParams(this, (o) => #list in o);
    return new ParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this, (o) => #list in o);
    return serializeForm(this.#list);
  }

  [inspect.custom](depth, options) {
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = this.#list;
    const items = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const item = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
      width += item.length + 2;
      items.push(item);
    }
    const name = this.constructor.name;
    if (items.length === 0) return `${name} {}`;
    // Node's layout: one line when it fits, else one pair a line with the
    // closing brace on the last pair's line.
    if (width > options.breakLength) return `${name} {\n  ${items.join(',\n  ')} }`;
    return `${name} { ${items.join(', ')} }`;
  }

  static listOf(params) {
    return params.#list;
  }
}

const paramsList = URLSearchParams.listOf;
delete URLSearchParams.listOf;

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// Live iterator over a URLSearchParams list (sees later changes).
class ParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#kind in this)) {
      throw new errors.ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = paramsList(this.#params);
    const i = this.#index;
    if (i >= list.length) return { value: undefined, done: true };
    this.#index = i + 2;
    const kind = this.#kind;
    const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  }

  [inspect.custom](depth, options) {
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = paramsList(this.#params);
    const kind = this.#kind;
    const rest = [];
    for (let i = this.#index; i < list.length; i += 2) {
      rest.push(kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]]);
    }
    const multiline = inspect(rest, inner).includes('\n');
    const shown = rest.map((v) => inspect(v, inner));
    const body = multiline ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}

Object.setPrototypeOf(ParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(ParamsIterator.prototype, 'constructor', { enumerable: false });
delete ParamsIterator.prototype.constructor;

// ---- URL ----------------------------------------------------------------

// Indices into the native parts array.
const HREF = 0;
const PROTOCOL = 1;
const USERNAME = 2;
const PASSWORD = 3;
const HOST = 4;
const HOSTNAME = 5;
const PORT = 6;
const PATHNAME = 7;
const SEARCH = 8;
const HASH = 9;
const ORIGIN = 10;

function parseParts(input, base) {
  return native.parse(input, base);
}

let isURL;

// The native protocol setter refuses special -> 'file', which the URL
// Standard allows when there are no credentials and no port: reparse.
function toFileScheme(parts, value) {
  const colon = value.indexOf(':');
  if ((colon === -1 ? value : value.slice(0, colon)).toLowerCase() !== 'file') return null;
  const protocol = parts[PROTOCOL];
  if (protocol === 'file:' || parts[USERNAME] !== '' || parts[PASSWORD] !== '' || parts[PORT] !== '') {
    return null;
  }
  if (!specialSchemes.has(protocol)) return null;
  return native.parse(`file:${parts[HREF].slice(protocol.length)}`, undefined);
}
const specialSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

class URL {
  #parts;
  #params;

  static {
    isURL = (o) => typeof o === 'object' && o !== null && #parts in o;
    urlSearchUpdate = (url, serialized) => {
      url.#parts = native.update(url.#parts[HREF], 'search', serialized);
    };
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new errors.ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const parts = parseParts(input, base);
    if (parts === null) throw invalidURL(input, base);
    this.#parts = parts;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new errors.ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    return parseParts(input, base) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new errors.ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    if (parseParts(input, base) === null) return null;
    return new URL(input, base);
  }

  #set(part, value) {
    value = toUSV(value);
    let parts = native.update(this.#parts[HREF], part, value);
    if (part === 'protocol' && parts !== null && parts[PROTOCOL] === this.#parts[PROTOCOL]) {
      parts = toFileScheme(parts, value) || parts;
    }
    if (parts !== null) this.#parts = parts;
  }

  toString() { return this.#parts[HREF]; }

  get href() { return this.#parts[HREF]; }

  set href(value) {
    value = toUSV(value);
    const parts = native.parse(value, undefined);
    if (parts === null) throw invalidURL(value);
    this.#parts = parts;
    if (this.#params !== undefined) paramsReset(this.#params, parts[SEARCH]);
  }

  get origin() { return this.#parts[ORIGIN]; }

  get protocol() { return this.#parts[PROTOCOL]; }

  set protocol(value) { this.#set('protocol', value); }

  get username() { return this.#parts[USERNAME]; }

  set username(value) { this.#set('username', value); }

  get password() { return this.#parts[PASSWORD]; }

  set password(value) { this.#set('password', value); }

  get host() { return this.#parts[HOST]; }

  set host(value) { this.#set('host', value); }

  get hostname() { return this.#parts[HOSTNAME]; }

  set hostname(value) { this.#set('hostname', value); }

  get port() { return this.#parts[PORT]; }

  set port(value) { this.#set('port', value); }

  get pathname() { return this.#parts[PATHNAME]; }

  set pathname(value) { this.#set('pathname', value); }

  get search() { return this.#parts[SEARCH]; }

  set search(value) {
    this.#set('search', value);
    if (this.#params !== undefined) paramsReset(this.#params, this.#parts[SEARCH]);
  }

  get searchParams() {
    if (this.#params === undefined) {
      const params = new URLSearchParams(this.#parts[SEARCH]);
      paramsAttach(params, this);
      this.#params = params;
    }
    return this.#params;
  }

  get hash() { return this.#parts[HASH]; }

  set hash(value) { this.#set('hash', value); }

  toJSON() { return this.#parts[HREF]; }

  [inspect.custom](depth, options) {
    // Past the depth limit Node shows the bare object: `URL {}`.
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, options)}`;
  }
}

// Web IDL attributes and operations are enumerable.
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, key, { enumerable: true });
}
for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, key, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  toUSV,
  invalidURL,
  errors,
  defineError,
  percentDecode,
  decodeUTF8,
  hexValue,
  encodeForm,
  native,
};
