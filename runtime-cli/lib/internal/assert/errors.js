'use strict';
// Node error codes assert needs that internal/errors does not define (yet).
// When internal/errors gains them, its classes are used instead.

const { codes } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

function defineCode(code, Base, format) {
  return require('internal/errors').defineError(code, Base, format);
}

// How Node names a value's type in "but got ..." messages.
function describeType(value) {
  if (value == null) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return inspect(value, { depth: -1 });
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

const ERR_AMBIGUOUS_ARGUMENT = defineCode('ERR_AMBIGUOUS_ARGUMENT', TypeError,
  (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);

const ERR_MISSING_ARGS = defineCode('ERR_MISSING_ARGS', TypeError, (...names) => {
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length <= 2) list = quoted.join(' and ');
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`;
});

const ERR_INVALID_RETURN_VALUE = defineCode('ERR_INVALID_RETURN_VALUE', TypeError,
  (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${describeType(value)}.`);

// The "error" argument of throws()/rejects(): Node's message lists Object
// among the instances ("of type function or an instance of Error, RegExp,
// or Object"), which the shared formatter does not do.
function invalidErrorArg(value) {
  const err = new codes.ERR_INVALID_ARG_TYPE('error', ['Function', 'Error', 'RegExp'], value);
  const fixed = err.message.replace(
    'must be of type function or an instance of Error or RegExp.',
    'must be of type function or an instance of Error, RegExp, or Object.');
  if (fixed !== err.message) {
    Object.defineProperty(err, 'message', {
      value: fixed, writable: true, configurable: true, enumerable: false,
    });
    Error.captureStackTrace(err, invalidErrorArg);
  }
  return err;
}

module.exports = {
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_MISSING_ARGS,
  ERR_INVALID_RETURN_VALUE,
  invalidErrorArg,
};
