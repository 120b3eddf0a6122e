'use strict';

// Errors perf_hooks throws that internal/errors does not (yet) provide,
// and its option validation.

const { codes } = require('internal/errors');

function nodeError(code, Base, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    value: code, enumerable: true, writable: true, configurable: true,
  });
  err.toString = function toString() { return `${Base.name} [${code}]: ${this.message}`; };
  return err;
}

function missingArgs(...names) {
  if (codes.ERR_MISSING_ARGS) return new codes.ERR_MISSING_ARGS(...names);
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return nodeError('ERR_MISSING_ARGS', TypeError, `The ${list} must be specified`);
}

function illegalConstructor() {
  if (codes.ERR_ILLEGAL_CONSTRUCTOR) return new codes.ERR_ILLEGAL_CONSTRUCTOR();
  return nodeError('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
}

function invalidTimestamp(value) {
  return nodeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', TypeError,
    `${value} is not a valid timestamp`);
}

function invalidMeasureOptions(message) {
  return nodeError('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', TypeError, message);
}

// A DOMException when the web globals provide one (SyntaxError is code 12).
function domException(message, name, code) {
  if (typeof globalThis.DOMException === 'function') {
    return new globalThis.DOMException(message, name);
  }
  const err = new Error(message);
  err.name = name;
  Object.defineProperty(err, 'code', { value: code, configurable: true });
  return err;
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

module.exports = {
  missingArgs, illegalConstructor, invalidTimestamp, invalidMeasureOptions,
  domException, validateObject,
};
