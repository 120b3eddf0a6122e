'use strict';
// Node's encoding names, normalised to the canonical ones the native
// binding takes: 'utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii',
// 'utf16le'. Unknown names give undefined.

const canonical = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'hex': 'hex',
  'base64': 'base64',
  'base64url': 'base64url',
  'latin1': 'latin1',
  'binary': 'latin1',
  'ascii': 'ascii',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
};

// `undefined`, `null` and '' mean utf8 (as in Node's normalizeEncoding).
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === '') return 'utf8';
  const hit = canonical[enc];
  if (hit !== undefined) return hit;
  return canonical[`${enc}`.toLowerCase()];
}

// For explicit encoding arguments where '' is not utf8.
function lookupEncoding(enc) {
  const hit = canonical[enc];
  if (hit !== undefined) return hit;
  return canonical[`${enc}`.toLowerCase()];
}

module.exports = { normalizeEncoding, lookupEncoding };
