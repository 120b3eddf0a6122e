'use strict';
// Node error codes used by util, events, EventTarget and AbortController
// that internal/errors does not define (yet). Each prefers the shared
// definition when internal/errors has one, so codes stay single-sourced once
// they move there. Also the few argument validators those modules need.

const errors = require('internal/errors');
const shared = errors.codes;
const codes = {};

function define(code, Base, message) {
  if (shared[code] !== undefined) {
    codes[code] = shared[code];
    return;
  }
  class NodeError extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', {
        value: code, enumerable: true, writable: true, configurable: true,
      });
      // Node's stack header reads "TypeError [ERR_X]: message": show the
      // code in the name only while the stack is captured.
      Object.defineProperty(this, 'name', {
        value: `${Base.name} [${code}]`, configurable: true, writable: true,
      });
      Error.captureStackTrace(this, NodeError);
      delete this.name;
    }

    toString() {
      return `${Base.name} [${code}]: ${this.message}`;
    }
  }
  codes[code] = NodeError;
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

// Node's AbortError: a plain Error subclass with code ABORT_ERR.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function validateObject(value, name, allowNullish = false) {
  if (allowNullish && value == null) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

module.exports = {
  codes,
  AbortError,
  validateFunction: errors.validateFunction,
  validateString: errors.validateString,
  validateNumber: errors.validateNumber,
  validateObject,
  validateBoolean,
  validateArray,
  validateAbortSignal,
};
