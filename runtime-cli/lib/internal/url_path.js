'use strict';
// file: URLs <-> absolute paths as strings, for the module loaders and fs
// (the `url` module wraps these with path resolution and URL objects).

const native = binding.url;

// Characters the URL parser would otherwise read as syntax (% ? # \) or
// leave alone although Node encodes them ([ ] ^ | ~), and the whitespace it
// would strip; the parser percent-encodes everything else that needs it.
const preEncodeRe = /[%?#\\\t\n\r[\]^|~]/g;
const preEncodeTest = /[%?#\\\t\n\r[\]^|~]/;
function preEncode(ch) {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function fileHref(path) {
  if (!path.isWellFormed()) path = path.toWellFormed();
  if (preEncodeTest.test(path)) path = path.replace(preEncodeRe, preEncode);
  const parts = native.parse(`file://${path}`, undefined);
  return parts === null ? `file://${path}` : parts[0];
}

// An absolute POSIX path to its file: URL string.
function pathToFileURL(path) {
  return fileHref(path);
}

function schemeError() {
  const { errors } = require('internal/url');
  return new errors.ERR_INVALID_URL_SCHEME('file');
}

// A file: URL (string, or an object with `href`) to its path.
function fileURLToPath(url) {
  let parts;
  if (typeof url === 'string') {
    parts = native.parse(url, undefined);
    if (parts === null) throw require('internal/url').invalidURL(url);
  } else {
    const href = url != null ? url.href : undefined;
    if (typeof href !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
    }
    parts = native.parse(href, undefined);
    if (parts === null) throw schemeError();
  }
  if (parts[1] !== 'file:') throw schemeError();
  const { errors } = require('internal/url');
  if (parts[5] !== '') throw new errors.ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = parts[7];
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname.charCodeAt(i) === 37 && pathname[i + 1] === '2' &&
        (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw new errors.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

module.exports = { pathToFileURL, fileURLToPath, fileHref };
