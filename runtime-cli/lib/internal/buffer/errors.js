'use strict';
// Error codes the buffer/encoding modules need beyond internal/errors, and
// Node's integer validators. New codes are registered into the shared
// `codes` table (when absent) so stack headers read "Name [CODE]: ...".

const { codes } = require('internal/errors');

function register(code, Base, message) {
  require('internal/errors').defineError(code, Base, message);
}

register('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name) => (name ?
  `"${name}" is outside of buffer bounds` :
  'Attempt to access memory outside buffer bounds'));
// '%s' formatting, as Node's message template (objects show as `{}`).
register('ERR_UNKNOWN_ENCODING', TypeError,
  (enc) => require('internal/util/inspect').format('Unknown encoding: %s', enc));
register('ERR_INVALID_BUFFER_SIZE', RangeError,
  (size) => `Buffer size must be a multiple of ${size}`);
register('ERR_ENCODING_INVALID_ENCODED_DATA', TypeError,
  (enc) => `The encoded data was not valid for encoding ${enc}`);
register('ERR_ENCODING_NOT_SUPPORTED', RangeError,
  (enc) => `The "${enc}" encoding is not supported`);
register('ERR_MISSING_ARGS', TypeError, (...names) => {
  const quoted = names.map((n) => `"${n}"`);
  if (quoted.length === 1) return `The ${quoted[0]} argument must be specified`;
  const list = quoted.length === 2 ? quoted.join(' and ') :
    `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return `The ${list} arguments must be specified`;
});
register('ERR_STRING_TOO_LONG', Error,
  () => 'Cannot create a string longer than 0x1fffffe8 characters');

// ERR_OUT_OF_RANGE (internal/errors renders the received value as Node:
// separators for large integers and bigints, `n` suffix, -0 kept).
function outOfRange(name, range, received) {
  return new codes.ERR_OUT_OF_RANGE(name, range, received);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw outOfRange(name, `${min != null ? `>= ${min}` : ''}${
      min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

module.exports = { codes, outOfRange, validateNumber, validateInteger };
