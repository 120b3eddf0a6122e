'use strict';
// file: URLs <-> paths, for the module loaders (the `url` module builds on
// these too).

const { codes } = require('internal/errors');

// What a file URL's path percent-encodes (UTF-8 bytes): controls, space,
// " # % < > ? ` { } \ and every non-ASCII character, as Node's
// pathToFileURL does; everything else is kept.
const needsEscape = /[\x00-\x20\x7f"#%<>?`{}\\]|[^\x00-\x7f]/;

function pathToFileURL(path) {
  if (!needsEscape.test(path)) return `file://${path}`;
  let out = 'file://';
  for (const ch of path) {
    out += needsEscape.test(ch) ? encodeURIComponent(ch).replace(/[!'()*]/g, escape) : ch;
  }
  return out;
}

function fileURLToPath(url) {
  const href = typeof url === 'string' ? url : url && url.href;
  if (typeof href !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  }
  if (!href.startsWith('file:')) {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  let rest = href.slice(5);
  if (rest.startsWith('//')) {
    rest = rest.slice(2);
    const slash = rest.indexOf('/');
    const host = slash === -1 ? rest : rest.slice(0, slash);
    if (host !== '' && host !== 'localhost') {
      const err = new TypeError(`File URL host must be "localhost" or empty on ${process.platform}`);
      err.code = 'ERR_INVALID_FILE_URL_HOST';
      throw err;
    }
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  const end = rest.search(/[?#]/);
  if (end !== -1) rest = rest.slice(0, end);
  if (/%2f/i.test(rest)) {
    const err = new TypeError('File URL path must not include encoded / characters');
    err.code = 'ERR_INVALID_FILE_URL_PATH';
    throw err;
  }
  return decodeURIComponent(rest);
}

module.exports = { pathToFileURL, fileURLToPath };
