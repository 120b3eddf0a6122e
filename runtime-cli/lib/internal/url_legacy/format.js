'use strict';

// Url.prototype.format(): a parsed (or hand-built) Url back to a string.

const {
  slashed, isIpv6Hostname, qs, Url,
} = require('internal/url_legacy/parse');

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
