'use strict';
// The legacy `url.parse()` / `url.format()` / `url.resolve()` API: Node's
// own lenient URL grammar (not the WHATWG one), kept bug-for-bug because
// programs depend on its exact output.

const { validateString } = require('internal/errors');
const { invalidURL, native } = require('internal/url');

// Protocols that never have a host (and are not auto-escaped).
const hostless = new Set(['javascript', 'javascript:']);
// Protocols that always have '//' after them.
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const protocolRe = /^[a-z0-9.+-]+:/i;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostWithAuthRe = /^\/\/[^@/]+@[^@/]+/;
const portRe = /:[0-9]*$/;
const forbiddenHostRe = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIpv6HostRe = /[\0\t\n\r #%/<>?@\\^|]/;
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;
const autoEscapeTest = /[\t\n\r "'<>\\^`{|}]/;
const hostnameMaxLen = 255;
let warnedBadPort = false;

function escapeChar(ch) {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function isWhitespace(c) {
  return c < 33 || c === 0xa0 || c === 0xfeff;
}

function isIpv6Hostname(h) {
  return h.charCodeAt(0) === 91 && h.charCodeAt(h.length - 1) === 93;
}

let queryString;
function qs() {
  if (queryString === undefined) queryString = require('querystring');
  return queryString;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trims whitespace and turns '\' into '/' before the first '?' or '#'.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = start === 0 && end === url.length ? url : url.slice(start, end);
  let split = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 63 || c === 35) {
      split = i;
      break;
    }
  }
  const head = rest.slice(0, split);
  if (head.indexOf('\\') !== -1) rest = head.replaceAll('\\', '/') + rest.slice(split);
  return {
    rest,
    hasHash: rest.indexOf('#') !== -1,
    hasAt: head.indexOf('@') !== -1,
  };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const prepared = prepare(url);
  let rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    // Fast path: a bare path with an optional query.
    const simple = simplePathRe.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostWithAuthRe.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = this.parseAuthority(rest, url);
  }

  if (!hostless.has(lowerProto) && autoEscapeTest.test(rest)) {
    rest = rest.replace(autoEscapeRe, escapeChar);
  }

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (c === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    const end = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, end);
    this.query = rest.slice(questionIdx + 1, end);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads [auth@]host[:port] off the front of `rest` (just after '//' or the
// protocol) and returns what is left.
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest.charCodeAt(i)) {
      case 9: case 10: case 13:
        // Dropped, as the WHATWG parser does.
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
        break;
      case 32: case 34: case 37: case 39: case 59: case 60: case 62:
      case 92: case 94: case 96: case 123: case 124: case 125:
        // Never part of a host name.
        if (nonHost === -1) nonHost = i;
        break;
      case 35: case 47: case 63:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 64:
        atSign = i;
        nonHost = -1;
        break;
      default:
        break;
    }
  }

  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) {
    // A ':' (bad port), '/', '\', '#' or '?' left in the host name ends it;
    // the remainder moves into the path.
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 47 || c === 92 || c === 35 || c === 63 || c === 58) {
        if (c === 58 && !warnedBadPort) {
          // Node warns once per process.
          warnedBadPort = true;
          process.emitWarning(
            `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  hostname = this.hostname.length > hostnameMaxLen ? '' : this.hostname.toLowerCase();
  if (hostname !== '') {
    if (ipv6) {
      if (forbiddenIpv6HostRe.test(hostname)) throw invalidURL(url);
    } else {
      // IDNA only for non-ASCII names: ASCII ones pass through as they are.
      if (!/^[\x00-\x7f]*$/.test(hostname)) hostname = native.domainToASCII(hostname);
      if (forbiddenHostRe.test(hostname)) throw invalidURL(url);
    }
  }
  this.hostname = hostname;
  this.host = this.port ? `${hostname}:${this.port}` : hostname;
  if (ipv6) {
    this.hostname = hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portRe.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function encodeAuth(auth) {
  let out;
  try {
    out = encodeURIComponent(auth);
  } catch {
    const err = new URIError('URI malformed');
    err.code = 'ERR_INVALID_URI';
    throw err;
  }
  return out.indexOf('%3A') === -1 ? out : out.replaceAll('%3A', ':');
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.indexOf(':') !== -1 && !isIpv6Hostname(h) ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  if (pathname.indexOf('#') !== -1 || pathname.indexOf('?') !== -1) {
    pathname = pathname.replaceAll('#', '%23').replaceAll('?', '%3F');
  }

  // Only the slashed protocols get '//' (others keep it if they had it).
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  if (search.indexOf('#') !== -1) search = search.replaceAll('#', '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// Pulls "user@" out of a host that swallowed it (mailto:-style URLs).
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];

  // The hash always comes from the relative URL, even when that is empty.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // '//host/path': everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another non-slashed protocol: the relative URL is absolute.
    if (!slashed.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // 'http:foo/bar' against another protocol: the first segment is the host.
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

  // Non-slashed URLs: the host is treated as the first path segment, so
  // '..' can climb into it; it is put back at the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the source path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query ('?foo').
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (or '/') keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.', and '..' with the segment before it; `up` counts the '..'
  // that climb above the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

module.exports = {
  Url, urlParse, urlResolve, urlResolveObject,
};
