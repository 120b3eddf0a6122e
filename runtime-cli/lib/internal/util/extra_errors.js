'use strict';
// Node error codes used by util, events, EventTarget and AbortController,
// defined through internal/errors (one definition per code), and the
// validators those modules use, re-exported.

const errors = require('internal/errors');
const shared = errors.codes;
const codes = {};

function define(code, Base, message) {
  codes[code] = errors.defineError(code, Base, message);
}

for (const code of ['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_OUT_OF_RANGE',
  'ERR_INVALID_THIS', 'ERR_UNHANDLED_ERROR']) {
  codes[code] = shared[code];
}

define('ERR_FALSY_VALUE_REJECTION', Error, 'Promise was rejected with falsy value');
define('ERR_MISSING_ARGS', TypeError, (...names) => {
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return `The ${list} must be specified`;
});
define('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
define('ERR_EVENT_RECURSION', Error, (type) => `The event "${type}" is already being dispatched`);
define('ERR_INVALID_STATE', Error, (msg) => `Invalid state: ${msg}`);
define('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, (msg) => msg);
define('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option, allowPositionals) => {
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return `Unknown option '${option}'${hint}`;
});
define('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError,
  (arg) => `Unexpected argument '${arg}'. This command does not take positional arguments`);

module.exports = {
  codes,
  AbortError: errors.AbortError,
  validateFunction: errors.validateFunction,
  validateString: errors.validateString,
  validateNumber: errors.validateNumber,
  validateObject: errors.validateObject,
  validateBoolean: errors.validateBoolean,
  validateArray: errors.validateArray,
  validateAbortSignal: errors.validateAbortSignal,
};
