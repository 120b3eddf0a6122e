'use strict';

// The Url object and url.parse(): Node's lenient legacy grammar
// (protocol, auth, host, port, path, query, hash), bug-for-bug.

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

module.exports = { hostless, slashed, isIpv6Hostname, qs, Url, urlParse };
