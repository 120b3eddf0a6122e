'use strict';
// Node's `url` module: the WHATWG URL classes (internal/url), file URL
// helpers, and the legacy url.parse/format/resolve API (internal/url_legacy).

const { codes } = require('internal/errors');
const {
  URL, URLSearchParams, isURL, toUSV, errors, native,
} = require('internal/url');
const urlPath = require('internal/url_path');
const legacy = require('internal/url_legacy');

function domainToASCII(domain) {
  if (arguments.length < 1) throw new errors.ERR_MISSING_ARGS('domain');
  return native.domainToASCII(toUSV(domain));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new errors.ERR_MISSING_ARGS('domain');
  return native.domainToUnicode(toUSV(domain));
}

function fileURLToPath(path) {
  if (typeof path !== 'string' && !isURL(path)) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  return urlPath.fileURLToPath(path);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  }
  const path = require('path');
  let resolved = path.resolve(filepath);
  // resolve() drops a trailing slash; a directory URL keeps it.
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved !== '/') resolved += '/';
  return new URL(urlPath.fileHref(resolved));
}

// Options for http.request() from a URL: the URL's own fields plus path,
// a bracket-free hostname, numeric port and decoded auth.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format() of a WHATWG URL: drop the parts the options turn off, and
// show the host in Unicode when asked.
function formatURL(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  let href = url.href;
  if (fragment && search && auth && !unicode) return href;
  let parts = native.parse(href, undefined);
  if (!fragment) parts = native.update(parts[0], 'hash', '');
  if (!search) parts = native.update(parts[0], 'search', '');
  if (!auth) {
    parts = native.update(parts[0], 'username', '');
    parts = native.update(parts[0], 'password', '');
  }
  href = parts[0];
  const hostname = parts[5];
  if (unicode && hostname !== '') {
    const shown = native.domainToUnicode(hostname);
    // The host follows '//' and any 'user:pass@' (which may contain the
    // same text).
    let from = parts[1].length + 2;
    if (parts[2] !== '' || parts[3] !== '') from = href.indexOf('@', from) + 1;
    const at = href.indexOf(hostname, from);
    if (shown !== '' && at !== -1) href = href.slice(0, at) + shown + href.slice(at + hostname.length);
  }
  return href;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = legacy.urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return legacy.Url.prototype.format.call(urlObject);
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
