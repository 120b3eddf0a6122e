'use strict';
// The legacy `url.parse()` / `url.format()` / `url.resolve()` API: Node's
// own lenient URL grammar (not the WHATWG one), kept bug-for-bug because
// programs depend on its exact output.
//
// This is the entry; the parts live in internal/url_legacy/ (parse.js
// defines Url; format.js and resolve.js add their Url.prototype methods
// when loaded, in this order).

const { Url, urlParse } = require('internal/url_legacy/parse');
require('internal/url_legacy/format');
const { urlResolve, urlResolveObject } = require('internal/url_legacy/resolve');

module.exports = {
  Url, urlParse, urlResolve, urlResolveObject,
};
