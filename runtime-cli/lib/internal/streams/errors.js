'use strict';
// Error codes specific to streams, with Node's exact messages. Shared codes
// (ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, AbortError...) come from
// internal/util/extra_errors; a code defined there or in internal/errors
// wins, so each code has one class.

const errors = require('internal/errors');
const extra = require('internal/util/extra_errors');

const shared = errors.codes;
const codes = { __proto__: null };

function define(code, Base, message) {
  codes[code] = errors.defineError(code, Base, message);
}

define('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF');
define('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error, 'stream.unshift() after end event');
define('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
define('ERR_STREAM_DESTROYED', Error,
  (method) => `Cannot call ${method} after a stream was destroyed`);
define('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close');
define('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
define('ERR_STREAM_ALREADY_FINISHED', Error,
  (method) => `Cannot call ${method} after a stream was finished`);
define('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
define('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times');
define('ERR_METHOD_NOT_IMPLEMENTED', Error, (m) => `The ${m} method is not implemented`);
define('ERR_UNKNOWN_ENCODING', TypeError, (e) => `Unknown encoding: ${e}`);
define('ERR_INVALID_RETURN_VALUE', TypeError, (input, name, value) => {
  let type;
  if (value && value.constructor && value.constructor.name) {
    type = `instance of ${value.constructor.name}`;
  } else {
    type = `type ${typeof value}`;
  }
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
});
for (const code of ['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_OUT_OF_RANGE',
  'ERR_MISSING_ARGS', 'ERR_ILLEGAL_CONSTRUCTOR']) {
  codes[code] = extra.codes[code];
}

// Two errors from one operation: Node reports the first, or an
// AggregateError when both are distinct real errors.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

module.exports = {
  codes,
  AbortError: extra.AbortError,
  aggregateTwoErrors,
  validateFunction: extra.validateFunction,
  validateObject: extra.validateObject,
  validateBoolean: extra.validateBoolean,
  validateAbortSignal: extra.validateAbortSignal,
};
