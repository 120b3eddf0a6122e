'use strict';
// Node's `util` module. inspect/format live in internal/util/inspect,
// util.types in internal/util/types, parseArgs in internal/util/parse_args.

const inspectModule = require('internal/util/inspect');
const {
  codes, validateFunction, validateString, validateNumber, validateBoolean, validateAbortSignal,
} = require('internal/util/extra_errors');

const { inspect, format, formatWithOptions } = inspectModule;

// ---- inherits -------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---- promisify / callbackify ---------------------------------------------

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  const custom = original[kCustomPromisified];
  if (custom !== undefined) {
    validateFunction(custom, 'util.promisify.custom');
    Object.defineProperty(custom, kCustomPromisified, {
      value: custom, enumerable: false, writable: false, configurable: true,
    });
    return custom;
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, value) => {
        if (err) reject(err);
        else resolve(value);
      });
      // A synchronous throw rejects: we are inside the executor.
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  return fn;
}
promisify.custom = kCustomPromisified;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would read as success to a Node-style callback.
  if (!reason) {
    const wrapped = new codes.ERR_FALSY_VALUE_REJECTION();
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const last = args.pop();
    validateFunction(last, 'last argument');
    const cb = last.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  // `length` counts the callback; `name` says what happened to it.
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- deprecate --------------------------------------------------------------

const codesWarned = new Set();

function deprecate(fn, msg, code) {
  // process.noDeprecation is honored when the warning would be emitted
  // (process.emitWarning checks it), as in Node.
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        // One warning per code, however many functions share it.
        codesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- debuglog -------------------------------------------------------------

let debugEnabledTest;

// NODE_DEBUG is a comma list of section names; `*` is a wildcard and the
// match ignores case.
function debugTest(section) {
  if (debugEnabledTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*').replace(/,/g, '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnabledTest = (s) => re.test(s);
    } else {
      debugEnabledTest = () => false;
    }
  }
  return debugEnabledTest(section);
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
  }
  return Boolean(stream && stream.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function debuglog(section, cb) {
  section = String(section).toUpperCase();
  let impl;
  // The environment is consulted lazily; `cb` sees the real logger (or a
  // no-op) on the first call only, like Node.
  function logger(...args) {
    if (impl === undefined) {
      if (debugTest(section)) {
        impl = function debug(...msgArgs) {
          const stderr = process.stderr;
          const msg = formatWithOptions({ colors: shouldColorize(stderr) }, ...msgArgs);
          stderr.write(format('%s %d: %s\n', section, process.pid, msg));
        };
      } else {
        impl = function noop() {};
      }
      if (typeof cb === 'function') cb(impl);
    }
    Reflect.apply(impl, this, args);
  }
  Object.defineProperty(logger, 'enabled', {
    configurable: true,
    enumerable: true,
    get() { return debugTest(section); },
  });
  return logger;
}

// ---- strings ----------------------------------------------------------------

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return inspectModule.stripVTControlCharacters(str);
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD');
}

function escapeStyle(code) {
  return `\u001b[${code}m`;
}

function validateStyle(key) {
  const codesFor = inspect.colors[key];
  if (codesFor == null) {
    const allowed = Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
  }
  return codesFor;
}

function isStreamLike(s) {
  return s !== null && typeof s === 'object' &&
    (typeof s.on === 'function' && (typeof s.write === 'function' || typeof s.pipe === 'function') ||
     typeof s.getWriter === 'function' || typeof s.getReader === 'function');
}

function styleText(fmt, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
      stream);
  }
  if (Array.isArray(fmt)) {
    // Node v20 styles a list of formats whatever the stream.
    let left = '';
    let right = '';
    for (const key of fmt) {
      const c = validateStyle(key);
      left += escapeStyle(c[0]);
      right = escapeStyle(c[1]) + right;
    }
    return `${left}${text}${right}`;
  }
  const c = validateStyle(fmt);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `${escapeStyle(c[0])}${text}${escapeStyle(c[1])}`;
}

// ---- system errors ----------------------------------------------------------

let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const [errno, name, desc] of require('internal/util/system_errors')) {
      errorMap.set(errno, [name, desc]);
    }
  }
  return errorMap;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = getSystemErrorMap().get(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[0];
}

// ---- abort helpers ----------------------------------------------------------

async function aborted(signal, resource) {
  if (signal === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function transferableAbortSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

// ---- legacy type checks (documentation-deprecated, still present) ----------

const isPrimitive = (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function');

function isBuffer(b) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(b) : false;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);

function log(...args) {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

const types = require('internal/util/types');

module.exports = {
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer,
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError: (e) => types.isNativeError(e) || e instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
};

// Loaded on first use: they come from modules util itself does not need.
function lazy(name, load) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(module.exports, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}
lazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
lazy('TextDecoder', () => require('internal/encoding').TextDecoder);
lazy('TextEncoder', () => require('internal/encoding').TextEncoder);
