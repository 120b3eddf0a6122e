'use strict';
// What Node's _http_common.js holds: STATUS_CODES, METHODS, the header
// token/value checks, the HTTP error codes, and the rules that fold raw
// request headers into `req.headers`.

const { codes, defineError } = require('internal/errors');

let formatFn;
function fmt(v) {
  if (typeof v === 'string') return v;
  if (!formatFn) formatFn = require('internal/util/inspect').format;
  return formatFn('%s', v);
}

defineError('ERR_INVALID_HTTP_TOKEN', TypeError,
  (label, name) => `${label} must be a valid HTTP token ["${fmt(name)}"]`);
defineError('ERR_HTTP_INVALID_HEADER_VALUE', TypeError,
  (value, name) => `Invalid value "${fmt(value)}" for header "${fmt(name)}"`);
defineError('ERR_INVALID_CHAR', TypeError, (name, field) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
});
defineError('ERR_HTTP_HEADERS_SENT', Error,
  (what) => `Cannot ${what} headers after they are sent to the client`);
defineError('ERR_HTTP_INVALID_STATUS_CODE', RangeError, (c) => `Invalid status code: ${fmt(c)}`);
defineError('ERR_HTTP_TRAILER_INVALID', Error,
  'Trailers are invalid with this transfer encoding');
defineError('ERR_HTTP_BODY_NOT_ALLOWED', Error,
  'Adding content for this request method or response status is not allowed.');
defineError('ERR_HTTP_CONTENT_LENGTH_MISMATCH', Error,
  (actual, expected) => `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`);
defineError('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
defineError('ERR_STREAM_DESTROYED', Error, (m) => `Cannot call ${m} after a stream was destroyed`);
defineError('ERR_STREAM_ALREADY_FINISHED', Error,
  (m) => `Cannot call ${m} after a stream was finished`);
defineError('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
defineError('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
defineError('ERR_HTTP_SOCKET_ASSIGNED', Error, 'ServerResponse has an already-assigned socket');
defineError('ERR_SERVER_ALREADY_LISTEN', Error,
  'Listen method has been called more than once without closing.');
defineError('ERR_SERVER_NOT_RUNNING', Error, 'Server is not running.');
defineError('ERR_SOCKET_BAD_PORT', RangeError, (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  let shown;
  if (port == null) shown = ` Received ${port}`;
  else if (typeof port === 'function') shown = ` Received function ${port.name}`;
  else if (typeof port === 'object') {
    shown = port.constructor && port.constructor.name
      ? ` Received an instance of ${port.constructor.name}`
      : ` Received ${require('internal/util/inspect').inspect(port, { depth: -1 })}`;
  } else {
    let s = require('internal/util/inspect').inspect(port, { colors: false });
    if (s.length > 28) s = `${s.slice(0, 25)}...`;
    shown = ` Received type ${typeof port} (${s})`;
  }
  return `${name} should be ${op} 0 and < 65536.${shown}.`;
});

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a Teapot', 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

// Strings already found valid skip the regular expressions: a server sets
// the same few header names and values on every response. They are the
// keys of prototype-less objects rather than Set or Map entries: finding a
// string literal's key there needs no hashing on QuickJS (literals are
// atoms), where a Set hashes the string on every call. Together they hold
// at most KNOWN_MAX strings and start over when full.
const KNOWN_MAX = 512;
let knownTokens = { __proto__: null }; // name -> true
let knownValues = { __proto__: null }; // value -> true
let knownNames = { __proto__: null }; // header name -> its lowercased key
let knownCount = 0;

// Room for one more known string.
function makeRoom() {
  if (++knownCount > KNOWN_MAX) {
    knownTokens = { __proto__: null };
    knownValues = { __proto__: null };
    knownNames = { __proto__: null };
    knownCount = 1;
  }
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  if (typeof val === 'string' && knownTokens[val]) return true;
  const ok = tokenRegExp.test(val);
  if (ok && typeof val === 'string') {
    makeRoom();
    knownTokens[val] = true;
  }
  return ok;
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  if (typeof val === 'string' && knownValues[val]) return false;
  const bad = headerCharRegex.test(val);
  if (!bad && typeof val === 'string' && val.length <= 256) {
    makeRoom();
    knownValues[val] = true;
  }
  return bad;
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  }
  if (checkInvalidHeaderChar(value)) {
    throw new codes.ERR_INVALID_CHAR('header content', name);
  }
}

// The key (lowercased name) of a header being set, after Node's checks of
// its name and value. Names and values seen before skip the checks.
function headerKey(name, value) {
  let key = typeof name === 'string' ? knownNames[name] : undefined;
  if (key === undefined) {
    validateHeaderName(name);
    key = name.toLowerCase();
    makeRoom();
    knownNames[name] = key;
  }
  if (typeof value !== 'string' || !knownValues[value]) validateHeaderValue(name, value);
  return key;
}

// How a repeated request header folds into `headers` (Node's
// matchKnownFields): 0 first one wins, 1 joined with ', ', 2 joined with
// '; ' (cookie), 3 collected into an array (set-cookie). Unlisted: 1.
const FOLD = {
  __proto__: null,
  age: 0, host: 0, from: 0, etag: 0, server: 0, referer: 0, expires: 0, location: 0,
  'user-agent': 0, 'retry-after': 0, 'content-type': 0, 'max-forwards': 0,
  authorization: 0, 'last-modified': 0, 'content-length': 0, 'if-modified-since': 0,
  'proxy-authorization': 0, 'if-unmodified-since': 0,
  cookie: 2, 'set-cookie': 3,
};

// Lowercased names of the common spellings, so most lookups skip toLowerCase.
const LOWER = { __proto__: null };
for (const n of ['Host', 'User-Agent', 'Accept', 'Accept-Encoding', 'Accept-Language',
  'Connection', 'Content-Type', 'Content-Length', 'Cookie', 'Cache-Control', 'Origin',
  'Referer', 'Authorization', 'Upgrade', 'Transfer-Encoding', 'If-None-Match',
  'If-Modified-Since', 'Pragma', 'Range', 'Expect', 'X-Forwarded-For', 'X-Forwarded-Proto',
  'X-Forwarded-Host', 'X-Requested-With', 'Sec-Fetch-Mode', 'Sec-Fetch-Site',
  'Sec-Fetch-Dest', 'Upgrade-Insecure-Requests', 'DNT']) {
  LOWER[n] = n.toLowerCase();
  LOWER[n.toLowerCase()] = n.toLowerCase();
}

function lowerName(name) {
  const l = LOWER[name];
  return l !== undefined ? l : name.toLowerCase();
}

// Adds one header line to `dest` by Node's folding rules.
function addHeaderLine(field, value, dest, joinDuplicates) {
  field = lowerName(field);
  const prev = dest[field];
  if (prev === undefined) {
    dest[field] = field === 'set-cookie' ? [value] : value;
    return;
  }
  const rule = FOLD[field];
  if (rule === 3) prev.push(value);
  else if (rule === 2) dest[field] = `${prev}; ${value}`;
  else if (rule === 0 && !joinDuplicates) return;
  else dest[field] = `${prev}, ${value}`;
}

// `req.headers` from the flat raw list.
function foldHeaders(raw, joinDuplicates) {
  const dest = {};
  for (let i = 0; i < raw.length; i += 2) {
    addHeaderLine(raw[i], raw[i + 1], dest, joinDuplicates);
  }
  return dest;
}

// `req.headersDistinct`: every value of every field, as arrays.
function distinctHeaders(raw) {
  const dest = { __proto__: null };
  for (let i = 0; i < raw.length; i += 2) {
    const field = lowerName(raw[i]);
    const prev = dest[field];
    if (prev === undefined) dest[field] = [raw[i + 1]];
    else prev.push(raw[i + 1]);
  }
  return dest;
}

// Puts per-message defaults on a prototype (non-enumerable, writable): a
// message gets an own property only when one is written, as each addition
// costs on QuickJS.
function defineDefaults(proto, values) {
  for (const key of Reflect.ownKeys(values)) {
    Object.defineProperty(proto, key, {
      value: values[key], writable: true, enumerable: false, configurable: true,
    });
  }
}

// Makes `key` an own data property of `obj` holding `value` (over a
// prototype accessor of that name).
function ownValue(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

module.exports = {
  defineDefaults,
  ownValue,
  STATUS_CODES,
  METHODS,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  validateHeaderName,
  validateHeaderValue,
  headerKey,
  addHeaderLine,
  foldHeaders,
  distinctHeaders,
  lowerName,
  codes,
};
