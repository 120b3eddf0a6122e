'use strict';
// assert.AssertionError: the error every failed assertion throws, with
// Node's generated messages.

const { inspect } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const { createErrDiff, inspectValue, readableOperator, truncateLines } =
  require('internal/assert/diff');

// A copy that inspects like the error but without its stack, so a diff of
// two errors shows what differs rather than two stack traces.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

// What `notStrictEqual` / `notDeepStrictEqual` say: the one value shown.
function unequalMessage(actual, operator) {
  let base = readableOperator[operator];
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = readableOperator.notStrictEqualObject;
  }
  const lines = truncateLines(inspectValue(actual).split('\n'));
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

// Loose operators (and any custom one) show both values in full.
function looseMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = readableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = readableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

function generateMessage(actual, expected, operator) {
  if (typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return unequalMessage(actual, operator);
  }
  return looseMessage(actual, expected, operator);
}

// Long strings are cut when the error itself is inspected: its message
// already shows them.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) {
    // Node keeps what follows the first 512 characters (sic).
    return `${string.slice(512)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    const { actual, expected } = options;

    // The stack is captured once below, from the caller's frame.
    const limitWritable = isStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    try {
      if (message == null) {
        super(generateMessage(actual, expected, operator));
      } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        // A custom message still gets the diff underneath.
        super(createErrDiff(actual, expected, operator, message));
      } else {
        super(String(message));
      }
    } finally {
      if (limitWritable) Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    // The code shows in the stack header: "AssertionError [ERR_ASSERTION]: ...".
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    // Formats the stack now, while the name carries the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = addEllipsis(savedActual);
    if (typeof savedExpected === 'string') this.expected = addEllipsis(savedExpected);
    // actual/expected at depth 0: the message already shows them in full.
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

function isStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

module.exports = AssertionError;
