'use strict';
// Node's error codes and messages, and V8-shaped stack traces.

const messages = new Map();
const codes = {};

// Defines error class `code` (a subclass of `Base` whose message comes from
// `message`, a string or a function of the constructor's arguments) and
// registers it under `key` in `codes`. A code already defined keeps its
// class: every module that needs a code asks for it here, so each code has
// one definition. Returns the class.
function defineError(code, Base, message, key = code) {
  if (codes[key] !== undefined) return codes[key];
  messages.set(key, message);
  class NodeError extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', {
        value: code, enumerable: true, writable: true, configurable: true,
      });
      // Node's stack header reads "TypeError [ERR_X]: message": the name
      // carries the code only while the stack is captured.
      Object.defineProperty(this, 'name', {
        value: `${Base.name} [${code}]`, writable: true, configurable: true,
      });
      Error.captureStackTrace(this, NodeError);
      delete this.name;
    }

    toString() {
      return `${Base.name} [${code}]: ${this.message}`;
    }
  }
  codes[key] = NodeError;
  return NodeError;
}

const addCodedError = defineError;

const classRe = /^([A-Z][a-z0-9]*)+$/;

// How Node describes the value it received in argument errors.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') {
    return ` Received function ${value.name}`;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    const { inspect } = require('internal/util/inspect');
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  const { inspect } = require('internal/util/inspect');
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function listOf(items, joiner = 'or') {
  if (items.length <= 2) return items.join(` ${joiner} `);
  return `${items.slice(0, -1).join(', ')}, ${joiner} ${items[items.length - 1]}`;
}

addCodedError('ERR_INVALID_ARG_TYPE', TypeError, (name, expected, actual) => {
  if (!Array.isArray(expected)) expected = [expected];
  const kinds = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
    'bigint', 'symbol'];
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (kinds.includes(e)) types.push(e.toLowerCase());
    else if (classRe.test(e)) instances.push(e);
    else other.push(e);
  }
  // With classes also allowed, "object" reads better as "an instance of Object".
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const parts = [];
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${listOf(types)}`);
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${listOf(instances)}`);
  }
  if (other.length > 0) {
    const article = other.length === 1 && other[0].toLowerCase() !== other[0] ? 'an ' : '';
    parts.push(`${other.length > 1 ? 'one of ' : article}${listOf(other)}`);
  }
  msg += parts.join(' or ');
  return `${msg}.${describeReceived(actual)}`;
});
addCodedError('ERR_INVALID_ARG_VALUE', TypeError, (name, value, reason = 'is invalid') => {
  const { inspect } = require('internal/util/inspect');
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
});
// 1234567890123 -> 1_234_567_890_123, as Node shows big numbers.
function addNumericalSeparator(digits) {
  const sign = digits[0] === '-' ? '-' : '';
  let rest = sign ? digits.slice(1) : digits;
  let out = '';
  while (rest.length > 3) {
    out = `_${rest.slice(-3)}${out}`;
    rest = rest.slice(0, -3);
  }
  return `${sign}${rest}${out}`;
}

addCodedError('ERR_OUT_OF_RANGE', RangeError, (name, range, input, replaceDefault = false) => {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = require('internal/util/inspect').inspect(input);
  }
  const head = replaceDefault ? name : `The value of "${name}" is out of range.`;
  return `${head} It must be ${range}. Received ${received}`;
});
addCodedError('ERR_MISSING_ARGS', TypeError, (...names) => {
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return `The ${list} must be specified`;
});
addCodedError('ERR_ILLEGAL_CONSTRUCTOR', TypeError, () => 'Illegal constructor');
// `shown` is the unhandled value as util.inspect printed it.
addCodedError('ERR_UNHANDLED_ERROR', Error, (shown) => {
  const msg = 'Unhandled error.';
  if (shown === undefined) return msg;
  return `${msg} (${shown})`;
});
addCodedError('ERR_UNKNOWN_SIGNAL', TypeError,
  (s) => require('internal/util/inspect').format('Unknown signal: %s', s));
addCodedError('ERR_METHOD_NOT_IMPLEMENTED', Error, (m) => `The ${m} method is not implemented`);
addCodedError('ERR_INVALID_THIS', TypeError, (t) => `Value of "this" must be of type ${t}`);
addCodedError('ERR_UNKNOWN_BUILTIN_MODULE', Error, (m) => `No such built-in module: ${m}`);
addCodedError('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError,
  (f) => `The feature ${f} is unavailable on the current platform, which is being used to run Node.js`);

// What aborted operations reject with (code ABORT_ERR), as Node's.
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

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

function validateNumber(value, name) {
  if (typeof value !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
}

// ---- stack traces -------------------------------------------------------

// V8's header: "Name: message", or just one of them when the other is empty.
function errorHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Files compiled inside a function wrapper whose head shares line 1 with
// the user's code (see compile.rs), and that head's length.
const wrapperHeads = new Map();

function registerWrapper(filename, params) {
  wrapperHeads.set(filename, `(function (${params.join(', ')}) { `.length);
}

function formatFrame(site) {
  const file = site.getFileName();
  const line = site.getLineNumber();
  let col = site.getColumnNumber();
  // Synthetic code (a default class constructor) can sit inside the head.
  if (line === 1 && wrapperHeads.has(file) && col > wrapperHeads.get(file)) {
    col -= wrapperHeads.get(file);
  }
  let fn = site.getFunctionName();
  if (site.isNative()) return `${fn || '<anonymous>'} (native)`;
  const loc = file === undefined || file === null
    ? '<anonymous>'
    : (line > 0 ? `${file}:${line}:${col}` : file);
  if (fn === undefined || fn === null || fn === '') return loc;
  if (site.isConstructor()) fn = `new ${fn}`;
  return `${fn} (${loc})`;
}

function defaultPrepareStackTrace(err, sites) {
  let out = errorHeader(err);
  for (let i = 0; i < sites.length; i++) {
    out += `\n    at ${formatFrame(sites[i])}`;
  }
  return out;
}

// The engine calls Error.prepareStackTrace for every new error. Node's
// default (V8's format) is ours; a user's function replaces it while set,
// and reading Error.prepareStackTrace shows only what the user set.
function installStackFormatting() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  if (!desc || !desc.set) return;
  const engineSet = desc.set;
  let userPrepare;
  let callSitesCompleted = false;
  engineSet.call(Error, defaultPrepareStackTrace);
  Object.defineProperty(Error, 'prepareStackTrace', {
    configurable: true,
    enumerable: false,
    get() { return userPrepare; },
    set(fn) {
      if (typeof fn === 'function' && !callSitesCompleted) {
        callSitesCompleted = true;
        completeCallSites(engineSet);
      }
      userPrepare = fn;
      engineSet.call(Error, typeof fn === 'function' ? fn : defaultPrepareStackTrace);
    },
  });
  if (typeof Error.stackTraceLimit !== 'number') Error.stackTraceLimit = 10;
}

// The V8 CallSite methods QuickJS's call sites lack (libraries such as depd,
// which Express loads, call isEval and getEvalOrigin), added the first time
// user code asks for call sites: nothing here is eval'd, async or native.
function completeCallSites(engineSet) {
  let sites;
  engineSet.call(Error, (err, s) => s);
  try {
    sites = new Error().stack;
  } finally {
    engineSet.call(Error, defaultPrepareStackTrace);
  }
  if (!Array.isArray(sites) || sites.length === 0) return;
  const proto = Object.getPrototypeOf(sites[0]);
  const methods = {
    getThis() { return undefined; },
    getTypeName() { return null; },
    getMethodName() { return null; },
    getEvalOrigin() { return undefined; },
    getScriptNameOrSourceURL() { return this.getFileName(); },
    getScriptHash() { return ''; },
    getPromiseIndex() { return null; },
    getEnclosingLineNumber() { return null; },
    getEnclosingColumnNumber() { return null; },
    getPosition() { return 0; },
    isToplevel() { return false; },
    isEval() { return false; },
    isAsync() { return false; },
    isPromiseAll() { return false; },
    toString() {
      const file = this.getFileName() || '<anonymous>';
      const where = `${file}:${this.getLineNumber()}:${this.getColumnNumber()}`;
      const name = this.getFunctionName();
      return name ? `${name} (${where})` : where;
    },
  };
  for (const name of Object.keys(methods)) {
    if (!Object.prototype.hasOwnProperty.call(proto, name)) {
      Object.defineProperty(proto, name, {
        value: methods[name], writable: true, enumerable: false, configurable: true,
      });
    }
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
  defineError,
  AbortError,
  validateObject,
  validateBoolean,
  validateArray,
  validateAbortSignal,
  validateFunction,
  validateString,
  validateNumber,
  errorHeader,
  installStackFormatting,
  defaultPrepareStackTrace,
  registerWrapper,
};
