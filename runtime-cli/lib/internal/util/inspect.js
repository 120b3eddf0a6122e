'use strict';
// Pure-ECMAScript implementation of Node v20's util.inspect / util.format /
// util.formatWithOptions. The goal is byte-for-byte identical output to Node.
//
// Things plain JS cannot observe (promise state, proxy internals, iterator
// previews) are obtained through optional host hooks; see setInspectHooks().
//
// The module body is CommonJS-shaped: it only touches `module.exports`.

// ---------------------------------------------------------------------------
// Intrinsics, captured once so user code patching prototypes cannot break us.
// ---------------------------------------------------------------------------

const ObjectProto = Object.prototype;
const getProto = Object.getPrototypeOf;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const objectKeys = Object.keys;
const ownNames = Object.getOwnPropertyNames;
const ownSymbols = Object.getOwnPropertySymbols;
const hasOwnFn = ObjectProto.hasOwnProperty;
const isEnumFn = ObjectProto.propertyIsEnumerable;
const objToStringFn = ObjectProto.toString;
const fnToStringFn = Function.prototype.toString;
const errorToStringFn = Error.prototype.toString;
const symToStringFn = Symbol.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const dateToISO = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const regexpToString = RegExp.prototype.toString;
const isArray = Array.isArray;
const SymIterator = Symbol.iterator;
const SymToStringTag = Symbol.toStringTag;

function hasOwn(o, k) { return hasOwnFn.call(o, k); }
function isEnumerable(o, k) { return isEnumFn.call(o, k); }

function getterOf(proto, name) {
  const d = proto && getOwnDesc(proto, name);
  return d !== undefined ? d.get : undefined;
}

// Brand checks: builtin accessors/methods throw on foreign receivers, which
// lets us identify internal slots without engine support.
const mapSizeGet = getterOf(Map.prototype, 'size');
const setSizeGet = getterOf(Set.prototype, 'size');
const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTagGet = getterOf(typedArrayProto, SymToStringTag);
const typedArrayLengthGet = getterOf(typedArrayProto, 'length');
const abByteLengthGet = getterOf(ArrayBuffer.prototype, 'byteLength');
const sabByteLengthGet = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLengthGet = getterOf(DataView.prototype, 'byteLength');
const regexpSourceGet = getterOf(RegExp.prototype, 'source');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const symbolValueOf = Symbol.prototype.valueOf;
const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array,
  BigInt64Array: typeof BigInt64Array === 'function' ? BigInt64Array : undefined,
  BigUint64Array: typeof BigUint64Array === 'function' ? BigUint64Array : undefined,
};
const mapIteratorProto = getProto(new Map().entries());
const setIteratorProto = getProto(new Set().values());
const mapEntriesFn = Map.prototype.entries;
const setValuesFn = Set.prototype.values;

function passesBrand(fn, value, arg) {
  if (fn === undefined) return false;
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

const isMap = (v) => passesBrand(mapSizeGet, v);
const isSet = (v) => passesBrand(setSizeGet, v);
const isTypedArray = (v) => typedArrayTagGet.call(v) !== undefined;
const isArrayBuffer = (v) => passesBrand(abByteLengthGet, v);
const isSharedArrayBuffer = (v) => passesBrand(sabByteLengthGet, v);
const isDataView = (v) => passesBrand(dvByteLengthGet, v);
const isDate = (v) => passesBrand(dateGetTime, v);
const isRegExp = (v) => v !== RegExp.prototype && passesBrand(regexpSourceGet, v);
const isWeakMap = (v) => passesBrand(weakMapHas, v, ObjectProto);
const isWeakSet = (v) => passesBrand(weakSetHas, v, ObjectProto);

// Brand checks that fail do so by throwing, which is slow. The prototype
// chain tells us which (at most one) check can plausibly succeed: ordinary
// chains ending in Object.prototype need none, and only unusual chains (e.g.
// null-prototype objects) probe every brand. Objects whose prototype was
// swapped for an unrelated ordinary one are therefore treated as plain.
const protoBrands = new Map([
  [Map.prototype, 'Map'], [Set.prototype, 'Set'], [RegExp.prototype, 'RegExp'],
  [Date.prototype, 'Date'], [ArrayBuffer.prototype, 'ArrayBuffer'],
  [DataView.prototype, 'DataView'], [WeakMap.prototype, 'WeakMap'],
  [WeakSet.prototype, 'WeakSet'], [Number.prototype, 'Boxed'],
  [String.prototype, 'Boxed'], [Boolean.prototype, 'Boxed'],
  [Symbol.prototype, 'Boxed'],
]);
if (typeof BigInt === 'function') protoBrands.set(BigInt.prototype, 'Boxed');
if (typeof SharedArrayBuffer === 'function') {
  protoBrands.set(SharedArrayBuffer.prototype, 'SharedArrayBuffer');
}

// Returns the brand to verify, null for "nothing to check", or undefined for
// "check everything".
function brandHint(value) {
  let proto = getProto(value);
  for (let i = 0; proto !== null && i < 1000; i++) {
    const brand = protoBrands.get(proto);
    if (brand !== undefined) return brand;
    if (proto === ObjectProto) return null;
    proto = getProto(proto);
  }
  return undefined;
}

// Exact brand for objects with an unusual prototype chain (typically
// null-prototype dictionaries). Prefers the host hook; otherwise uses the
// builtin tag where it is trustworthy and throwing probes for the rest, with
// stack capture disabled to keep the failed probes cheap.
const brandProbes = [
  ['Map', isMap], ['Set', isSet], ['ArrayBuffer', isArrayBuffer],
  ['SharedArrayBuffer', isSharedArrayBuffer], ['DataView', isDataView],
  ['WeakMap', isWeakMap], ['WeakSet', isWeakSet],
];

function probeBrand(value) {
  if (hooks.getBrand !== undefined) {
    const brand = hooks.getBrand(value);
    return brand === undefined ? null : brand;
  }
  if (hooks.getPromiseState !== undefined && hooks.getPromiseState(value) !== undefined) {
    return 'Promise';
  }
  let tag;
  try {
    tag = value[SymToStringTag];
  } catch {
    tag = null;
  }
  if (tag === undefined) {
    // No tag anywhere on the chain: Object.prototype.toString reports the
    // internal-slot based builtin tag for these kinds.
    switch (objToStringFn.call(value)) {
      case '[object Date]': return 'Date';
      case '[object RegExp]': return 'RegExp';
      case '[object Number]':
      case '[object String]':
      case '[object Boolean]': return 'Boxed';
      default: break;
    }
  }
  const hadLimit = hasOwn(Error, 'stackTraceLimit');
  const savedLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    // non-writable: probes just cost more
  }
  try {
    for (let i = 0; i < brandProbes.length; i++) {
      if (brandProbes[i][1](value)) return brandProbes[i][0];
    }
    if (tag !== undefined && (isDate(value) || isRegExp(value))) {
      return isDate(value) ? 'Date' : 'RegExp';
    }
    if (boxedKind(value) !== undefined) return 'Boxed';
    return null;
  } finally {
    try {
      if (hadLimit) Error.stackTraceLimit = savedLimit;
      else delete Error.stackTraceLimit;
    } catch {
      // ignore
    }
  }
}

function isError(v) {
  if (objToStringFn.call(v) === '[object Error]') return true;
  try {
    return v instanceof Error;
  } catch {
    return false;
  }
}

function isPromise(v, hint) {
  if (hint === 'Promise') return true;
  if (hooks.isPromise !== undefined) return !!hooks.isPromise(v);
  try {
    return v instanceof Promise || objToStringFn.call(v) === '[object Promise]';
  } catch {
    return false;
  }
}

// Names of ECMAScript builtin constructors. Objects whose `toString` comes
// from one of these count as "plain" for `%s`. Fixed list (Node computes it
// from a pristine global) so host-added globals such as URL do not count.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array', 'Int8Array',
  'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
  'Reflect', 'FinalizationRegistry', 'WeakRef', 'Atomics', 'WebAssembly',
]);

// ---------------------------------------------------------------------------
// Host hooks (engine internals that pure JS cannot see).
// ---------------------------------------------------------------------------

let hooks = {
  // (p) => [state(0 pending|1 fulfilled|2 rejected), value], or undefined
  // when p is not a promise.
  getPromiseState: undefined,
  getProxyDetails: undefined, // (p) => [target, handler] | undefined
  isBuffer: undefined, // (v) => boolean (reserved; Buffer prints via inspect.custom)
  isPromise: undefined, // (v) => boolean
  previewEntries: undefined, // (iterator|WeakMap|WeakSet) => [entriesArray, isKeyValue]
  cwd: undefined, // () => string, dims the cwd in colored stack traces
  isBuiltinModule: undefined, // (id) => boolean, for `node:<id>` frames
  isModuleNamespace: undefined, // (v) => boolean
  // (v) => 'Map'|'Set'|'Date'|'RegExp'|'ArrayBuffer'|'SharedArrayBuffer'|
  //        'DataView'|'WeakMap'|'WeakSet'|'Boxed'|'Promise'|'MapIterator'|
  //        'SetIterator'|undefined; only consulted
  //        for objects whose prototype chain does not reveal their kind.
  getBrand: undefined,
};

function setInspectHooks(h) {
  hooks = Object.assign({}, hooks, h);
}

// ---------------------------------------------------------------------------
// Options, colors and styles.
// ---------------------------------------------------------------------------

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// Object type of an entry list: plain key/value, array element, extra key
// on an array-like (printed with its key, but the container groups).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const colors = Object.create(null);
{
  const table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27],
    ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
    ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
    ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49],
    ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49],
    ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54],
    ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
    ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
    ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
    ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
    ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
    ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
    ['bgWhiteBright', 107, 49],
  ];
  for (const [name, open, close] of table) colors[name] = [open, close];
  // Aliases are non-enumerable accessors onto the canonical entry, as in Node.
  const aliases = [
    ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'],
    ['bgGray', 'bgBlackBright'], ['dim', 'faint'],
    ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
    ['strikethrough', 'crossedOut'], ['hidden', 'conceal'],
    ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
    ['doubleunderline', 'doubleUnderline'],
  ];
  for (const [target, alias] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// ---------------------------------------------------------------------------
// String escaping and display width.
// ---------------------------------------------------------------------------

// Escape table for C0 controls, quote, backslash and C1 controls.
const meta = [];
for (let i = 0; i < 0xa0; i++) {
  if (i < 0x20 || (i >= 0x7f && i < 0xa0)) {
    meta[i] = '\\x' + i.toString(16).toUpperCase().padStart(2, '0');
  } else {
    meta[i] = '';
  }
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

// Anything needing an escape: controls, quote, backslash, lone surrogates.
const needsEscapeRe =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeNoQuoteRe =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllRe = new RegExp(needsEscapeRe.source, 'g');
const escapeAllNoQuoteRe = new RegExp(needsEscapeNoQuoteRe.source, 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return code < meta.length ? meta[code] : `\\u${code.toString(16)}`;
}

// Quote preference: single, then double, then backtick; only when all three
// appear do we fall back to escaping single quotes.
function strEscape(str) {
  let quote = 39; // '
  let test = needsEscapeRe;
  let replacer = escapeAllRe;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = 34;
    else if (!str.includes('`') && !str.includes('${')) quote = 96;
    if (quote !== 39) {
      test = needsEscapeNoQuoteRe;
      replacer = escapeAllNoQuoteRe;
    }
  }
  if (str.length < 5000 && !test.test(str)) return wrapQuotes(str, quote);
  str = str.replace(replacer, escapeChar);
  return wrapQuotes(str, quote);
}

function wrapQuotes(str, quote) {
  if (quote === 39) return `'${str}'`;
  if (quote === 34) return `"${str}"`;
  return `\`${str}\``;
}

// Width of a code point when printed in a terminal (East Asian wide/full
// width characters take two columns, combining marks none).
function isFullWidth(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidth(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

const ansiRe = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function getStringWidth(str, removeControlChars) {
  if (removeControlChars) str = str.replace(ansiRe, '');
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 127) {
      if (code >= 32) width++;
      continue;
    }
    // Slow path for the non-ASCII remainder.
    let rest = str.slice(i);
    try {
      rest = rest.normalize('NFC');
    } catch {
      // engines built without normalization data
    }
    for (const ch of rest) {
      const cp = ch.codePointAt(0);
      if (isFullWidth(cp)) width += 2;
      else if (!isZeroWidth(cp)) width++;
    }
    break;
  }
  return width;
}

// ---------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------

function groupDigits(intStr) {
  // "1234567" -> "1_234_567" (sign-aware)
  let res = '';
  let i = intStr.length;
  const start = intStr[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${intStr.slice(i - 3, i)}${res}`;
  return i === intStr.length ? intStr : `${intStr.slice(0, i)}${res}`;
}

function groupFraction(fracStr) {
  // "1234567" -> "123_456_7"
  let res = '';
  let i = 0;
  for (; i < fracStr.length - 3; i += 3) res += `${fracStr.slice(i, i + 3)}_`;
  return i === 0 ? fracStr : `${res}${fracStr.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const intStr = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || intStr.includes('e')) return fn(intStr, 'number');
    return fn(groupDigits(intStr), 'number');
  }
  if (Number.isNaN(number)) return fn(intStr, 'number');
  // Split the shortest round-trip representation at its '.', grouping each
  // side. (Node applies this even to exponent forms; mirrored for parity.)
  const full = String(number);
  const dot = full.indexOf('.');
  return fn(`${groupDigits(full.slice(0, dot))}.${groupFraction(full.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = String(bigint);
  if (!numericSeparator) return fn(`${str}n`, 'bigint');
  return fn(`${groupDigits(str)}n`, 'bigint');
}

const kMinLineWidth = 16;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long multi-line strings are printed as a concatenation, one source
      // line per output line.
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = value.split(/(?<=\n)/);
        if (lines.length > 1) {
          const indent = ' '.repeat(ctx.indentationLvl + 2);
          let res = fn(strEscape(lines[0]), 'string');
          for (let i = 1; i < lines.length; i++) {
            res += ` +\n${indent}${fn(strEscape(lines[i]), 'string')}`;
          }
          return res + trailer;
        }
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(value ? 'true' : 'false', 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(symToStringFn.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Constructor names, prefixes and key enumeration.
// ---------------------------------------------------------------------------

function safeInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// Walk the prototype chain for the first `constructor` whose prototype chain
// really contains the object. Returns null for null-prototype objects.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  // Fast path: ordinary object literals.
  const proto = getProto(obj);
  if (proto === ObjectProto && !hasOwn(obj, 'constructor') &&
      ObjectProto.constructor === Object) {
    return 'Object';
  }
  let firstProto;
  const original = obj;
  while (obj !== null && obj !== undefined) {
    const desc = getOwnDesc(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && safeInstanceof(original, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = getProto(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const internalName = typeof original === 'function' ? 'Function' : 'Object';
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return `${internalName} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const described = inspect(firstProto, {
      ...ctx, customInspect: false, depth: -1,
    });
    return `${internalName} <${described}>`;
  }
  return `${internalName} <${protoName}>`;
}

// showHidden: also list non-method properties of up to three user-defined
// prototype levels (stopping at the first builtin prototype), dimmed.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getProto(obj);
      if (obj === null) return;
      const desc = getOwnDesc(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      // Skip the constructor and anything shadowed by a closer layer.
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = getOwnDesc(obj, key);
      if (typeof desc.value === 'function') continue;
      const str = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = ownSymbols(value);
  let keys;
  if (showHidden) {
    keys = ownNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = objectKeys(value);
    } catch {
      keys = [];
    }
    for (let i = 0; i < symbols.length; i++) {
      if (isEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return +key < 4294967295;
}

// Own keys of an array-like that are not element indices (plus symbols).
function getNonIndexKeys(value, showHidden) {
  const names = showHidden ? ownNames(value) : objectKeys(value);
  // Index keys are always enumerated first, so scan from the end.
  let start = names.length;
  while (start > 0 && !isArrayIndexKey(names[start - 1])) start--;
  const keys = start === 0 ? names : names.slice(start);
  const symbols = ownSymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (showHidden || isEnumerable(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

// ---------------------------------------------------------------------------
// Entry formatters for the different container kinds. Each returns the list
// of entry strings that reduceToSingleString() lays out.
// ---------------------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (valLen > len) output.push(remainingText(valLen - len));
  return output;
}

// Arrays with holes: runs of missing indices collapse into one entry, and
// such entries count against maxArrayLength like ordinary items.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!isArrayIndexKey(key)) break;
      const holes = num - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes, length) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const isNum = length > 0 && typeof value[0] === 'number';
  for (let i = 0; i < maxLength; i++) {
    output[i] = isNum ?
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator) :
      formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // Expose the view's internal slots as pseudo-properties.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const size = setSizeGet.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of setValuesFn.call(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (size > maxLength) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = mapSizeGet.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of mapEntriesFn.call(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
    i++;
  }
  if (size > maxLength) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function hexByte(b) {
  return b < 16 ? `0${b.toString(16)}` : b.toString(16);
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) str += i === 0 ? hexByte(bytes[i]) : ` ${hexByte(bytes[i])}`;
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatPromise(ctx, value, recurseTimes) {
  const details = hooks.getPromiseState !== undefined ? hooks.getPromiseState(value) : undefined;
  if (details === undefined || details[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// showHidden with an engine preview: list the live entries, sorted because
// their order is not meaningful.
function formatWeakEntries(ctx, value, recurseTimes, isMapLike) {
  const entries = hooks.previewEntries(value)[0];
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const count = isMapLike ? entries.length / 2 : entries.length;
  const maxLength = Math.min(maxArrayLength, count);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = isMapLike ?
      `${formatValue(ctx, entries[i * 2], recurseTimes)} => ${formatValue(ctx, entries[i * 2 + 1], recurseTimes)}` :
      formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (!ctx.sorted) output.sort();
  if (count > maxLength) output.push(remainingText(count - maxLength));
  return output;
}

function formatListEntries(ctx, entries, recurseTimes) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  if (entries.length > maxLength) output.push(remainingText(entries.length - maxLength));
  return output;
}

function formatPairEntries(ctx, entries, recurseTimes) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pair = [
      formatValue(ctx, entries[i * 2], recurseTimes),
      formatValue(ctx, entries[i * 2 + 1], recurseTimes),
    ];
    output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (len > maxArrayLength) output.push(remainingText(len - maxArrayLength));
  return output;
}

// Map/Set iterators need an engine preview to avoid consuming the iterator.
function formatIterator(ctx, value, recurseTimes, braces) {
  const preview = hooks.previewEntries(value);
  const entries = preview[0];
  if (preview[1]) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return formatPairEntries(ctx, entries, recurseTimes);
  }
  return formatListEntries(ctx, entries, recurseTimes);
}

function formatNamespace(ctx, value, recurseTimes, keys) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // Binding in its temporal dead zone.
      const key = keys[i];
      const name = typeof key === 'symbol' ? `[${ctx.stylize(symToStringFn.call(key), 'symbol')}]` :
        keyStrRe.test(key) ? key : ctx.stylize(strEscape(key), 'string');
      output[i] = `${name}: ${ctx.stylize('<uninitialized>', 'special')}`;
    }
  }
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

const keyStrRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let sep = ' ';
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    // In compact=true mode object values get one more column so long values
    // can move below their key.
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      sep = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const g = ctx.getters;
    if (g && (g === true || (g === 'get' && desc.set === undefined) ||
        (g === 'set' && desc.set !== undefined))) {
      try {
        const result = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (result === null) {
          str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof result === 'object') {
          str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, result, ctx)}${s(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(symToStringFn.call(key).replace(escapeAllRe, escapeChar), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${String(key).replace(escapeAllRe, escapeChar)}]`;
  } else if (keyStrRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  return `${name}:${sep}${str}`;
}

// ---------------------------------------------------------------------------
// Layout: combining entries into lines.
// ---------------------------------------------------------------------------

// Lay out many short array entries as an aligned table. The column count
// aims for a roughly square block (characters are ~2.5x taller than wide),
// biased toward more columns for short entries, and is capped by the
// available width, by `compact * 4` and by 15.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // Leave a trailing "... more items" entry out of the table.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Need room for at least three columns, and skip very uneven entries.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidth = [];
  for (let c = 0; c < columns; c++) {
    let width = 0;
    for (let j = c; j < output.length; j += columns) {
      if (dataLen[j] > width) width = dataLen[j];
    }
    columnWidth.push(width + separatorSpace);
  }
  // Numbers are right-aligned; anything else is left-aligned.
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      const t = typeof value[i];
      if (t !== 'number' && t !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < outputLength; i += columns) {
    const end = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < end - 1; j++) {
      // Invisible color codes must not count toward the padding.
      const width = columnWidth[j - i] + output[j].length - dataLen[j];
      const cell = `${output[j]}, `;
      line += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
    }
    if (padStart) {
      const width = columnWidth[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += output[j].padStart(width, ' ');
    } else {
      line += output[j];
    }
    rows.push(line);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry adds at least a separator character.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A multi-line base (e.g. an error stack) never fits on one line.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Combine up to `compact` innermost levels on one line, unless the
      // entries were grouped into a table above.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: everything hugs the braces.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives.
// ---------------------------------------------------------------------------

const stripCommentsRe = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRe = /^(\s+[^(]*?)\s*{/;

function functionKind(fn) {
  const t = objToStringFn.call(fn);
  if (t === '[object AsyncGeneratorFunction]') return 'AsyncGeneratorFunction';
  if (t === '[object GeneratorFunction]') return 'GeneratorFunction';
  if (t === '[object AsyncFunction]') return 'AsyncFunction';
  return 'Function';
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getProto(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  let source;
  try {
    source = fnToStringFn.call(value);
  } catch {
    source = '';
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 &&
        (!body.slice(0, brace).includes('(') ||
         classRe.test(body.replace(stripCommentsRe, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  const type = functionKind(value);
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function boxedKind(value) {
  if (passesBrand(numberValueOf, value)) return 'Number';
  if (passesBrand(stringValueOf, value)) return 'String';
  if (passesBrand(booleanValueOf, value)) return 'Boolean';
  if (passesBrand(bigintValueOf, value)) return 'BigInt';
  if (passesBrand(symbolValueOf, value)) return 'Symbol';
  return undefined;
}

function getBoxedBase(value, ctx, keys, constructor, tag, type) {
  let primitive;
  switch (type) {
    case 'Number': primitive = numberValueOf.call(value); break;
    case 'String':
      primitive = stringValueOf.call(value);
      // The index keys only repeat the string's characters.
      keys.splice(0, primitive.length);
      break;
    case 'Boolean': primitive = booleanValueOf.call(value); break;
    case 'BigInt': primitive = bigintValueOf.call(value); break;
    default: primitive = symbolValueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------

function getStackString(err) {
  return err.stack ? String(err.stack) : errorToStringFn.call(err);
}

// Drop name/message/stack keys when the printed stack already shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

// Make the first stack line mention the real class (e.g. subclasses or
// null-prototype errors) when the stack looks like a regular error stack.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Longest run (> 3) of frames in `a` that also appears in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // ignore throwing getters
  }
  // Collapse frames shared with the cause's stack.
  if (cause != null && typeof cause === 'object' && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreModuleRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRe = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function markNodeModules(ctx, line) {
  let result = '';
  let pos = 0;
  let m;
  nodeModulesRe.lastIndex = 0;
  while ((m = nodeModulesRe.exec(line)) !== null) {
    result += line.slice(pos, m.index + 14); // '/node_modules/'.length
    result += ctx.stylize(m[1], 'module');
    pos = m.index + m[0].length;
  }
  return pos === 0 ? line : result + line.slice(pos);
}

function pathToFileHref(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`;
}

// Dim the working-directory part of a frame (and its closing paren).
function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  let cwdLength = cwd.length;
  if (cwdStart === -1) return line;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let res = line.slice(0, start);
  res += ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  res += line.slice(cwdEnd, end);
  if (end === -1) res += ctx.stylize(')', 'undefined');
  return res;
}

function isCoreFrame(line) {
  const m = coreModuleRe.exec(line);
  if (m === null) return false;
  return hooks.isBuiltinModule === undefined || !!hooks.isBuiltinModule(m[1]);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError members.
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  // Look for frames only after the message, which may itself contain "at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      let cwd;
      try {
        cwd = hooks.cwd !== undefined ? hooks.cwd() : undefined;
      } catch {
        cwd = undefined;
      }
      for (let line of lines) {
        if (isCoreFrame(line)) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          line = markNodeModules(ctx, line);
          if (cwd !== undefined) {
            let marked = markCwd(ctx, line, cwd);
            if (marked === line) marked = markCwd(ctx, line, pathToFileHref(cwd));
            line = marked;
          }
          newStack += `\n${line}`;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Core recursion.
// ---------------------------------------------------------------------------

function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  // Primitives first: the hot path for console.log.
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  let proxy;
  if (hooks.getProxyDetails !== undefined) {
    proxy = hooks.getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      // Inspect the target directly so traps are not triggered.
      value = proxy[0];
    }
  } else {
    // Without engine help the only detectable proxy state is "revoked":
    // every reflective operation on it throws.
    try {
      getProto(value);
    } catch {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
  }

  if (ctx.customInspect) {
    let custom;
    try {
      custom = value[customInspectSymbol];
    } catch {
      custom = undefined;
    }
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = custom.call(context, depth, getUserOptions(ctx), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  // Circular references get numbered on first revisit.
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Entry-producing strategies used by formatRaw.
const F_NONE = 0;
const F_ARRAY = 1;
const F_SET = 2;
const F_MAP = 3;
const F_TYPED = 4;
const F_ITERATOR = 5;
const F_ARRAYBUFFER = 6;
const F_PROMISE = 7;
const F_WEAK = 8;
const F_NAMESPACE = 9;

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag;
  try {
    tag = value[SymToStringTag];
  } catch {
    tag = undefined;
  }
  // Only show a tag that is not already printed as an own property.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, SymToStringTag))) {
    tag = '';
  }

  let base = '';
  let kind = F_NONE;
  let braces;
  let extrasType = kObjectType;
  let typedLength = 0;
  let noIterator = true;
  let weakIsMap = false;
  let typedView = value;
  // Engine-level class name, shown for null-prototype objects cut off by depth.
  let internalName = 'Object';
  // Fast plain objects never need a brand probe.
  let hint = constructor === 'Object' ? null : brandHint(value);
  if (hint === undefined) hint = probeBrand(value);

  if (SymIterator in value || constructor === null) {
    noIterator = false;
    if (isArray(value)) {
      // "Array" is implied for ordinary arrays.
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      kind = F_ARRAY;
      internalName = 'Array';
    } else if ((hint === undefined || hint === 'Set') && isSet(value)) {
      const size = setSizeGet.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      kind = F_SET;
      internalName = 'Set';
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((hint === undefined || hint === 'Map') && isMap(value)) {
      const size = mapSizeGet.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      kind = F_MAP;
      internalName = 'Map';
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      typedLength = typedArrayLengthGet.call(value);
      const fallback = constructor === null ? typedArrayTagGet.call(value) : '';
      if (constructor === null) {
        // Rebuild an ordinary view so its accessors work for showHidden.
        typedView = new typedArrayCtors[fallback](value);
      }
      const prefix = getPrefix(constructor, tag, fallback, `(${typedLength})`);
      braces = [`${prefix}[`, ']'];
      if (typedLength === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      kind = F_TYPED;
      internalName = fallback;
      extrasType = kArrayExtrasType;
    } else if (hooks.previewEntries !== undefined &&
               (hint === 'MapIterator' || getProto(value) === mapIteratorProto)) {
      // Without an engine preview, iterators print as plain tagged objects.
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      kind = F_ITERATOR;
      internalName = 'MapIterator';
    } else if (hooks.previewEntries !== undefined &&
               (hint === 'SetIterator' || getProto(value) === setIteratorProto)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      kind = F_ITERATOR;
      internalName = 'SetIterator';
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    let boxed;
    if (constructor === 'Object') {
      if (objToStringFn.call(value) === '[object Arguments]') {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      internalName = 'Function';
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if ((hint === undefined || hint === 'RegExp') && isRegExp(value)) {
      base = regexpToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if ((hint === undefined || hint === 'Date') && isDate(value)) {
      internalName = 'Date';
      base = Number.isNaN(dateGetTime.call(value)) ?
        dateToString.call(value) : dateToISO.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (((hint === undefined || hint === 'ArrayBuffer') && isArrayBuffer(value)) ||
               ((hint === undefined || hint === 'SharedArrayBuffer') && isSharedArrayBuffer(value))) {
      const bufferType = hint !== 'SharedArrayBuffer' && isArrayBuffer(value) ?
        'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, bufferType);
      internalName = bufferType;
      if (typedArray === undefined) {
        kind = F_ARRAYBUFFER;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if ((hint === undefined || hint === 'DataView') && isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      internalName = 'DataView';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value, hint)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      kind = F_PROMISE;
      internalName = 'Promise';
    } else if ((hint === undefined || hint === 'WeakSet') && isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      kind = F_WEAK;
      internalName = 'WeakSet';
    } else if ((hint === undefined || hint === 'WeakMap') && isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      kind = F_WEAK;
      weakIsMap = true;
      internalName = 'WeakMap';
    } else if (isModuleNamespace(value, constructor)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      kind = F_NAMESPACE;
    } else if ((hint === undefined || hint === 'Boxed') &&
               (boxed = boxedKind(value)) !== undefined) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, boxed);
      internalName = boxed;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      const fallback = constructor === null ? plainClassName(value, tag) : 'Object';
      if (keys.length === 0 && protoProps === undefined) return `${getPrefix(constructor, tag, fallback)}{}`;
      braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
      internalName = fallback;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, constructor === null ? internalName : 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    switch (kind) {
      case F_NONE: output = []; break;
      case F_ARRAY: output = formatArray(ctx, value, recurseTimes); break;
      case F_SET: output = formatSet(ctx, value, recurseTimes); break;
      case F_MAP: output = formatMap(ctx, value, recurseTimes); break;
      case F_TYPED: output = formatTypedArray(ctx, typedView, recurseTimes, typedLength); break;
      case F_ITERATOR: output = formatIterator(ctx, value, recurseTimes, braces); break;
      case F_ARRAYBUFFER: output = formatArrayBuffer(ctx, value); break;
      case F_PROMISE: output = formatPromise(ctx, value, recurseTimes); break;
      case F_WEAK:
        output = ctx.showHidden && hooks.previewEntries !== undefined ?
          formatWeakEntries(ctx, value, recurseTimes, weakIsMap) : formatWeakCollection(ctx);
        break;
      case F_NAMESPACE: output = formatNamespace(ctx, value, recurseTimes, keys); break;
      default: output = [];
    }
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleStackOverflow(ctx, err, name, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Guard against exponential output: stop descending once too much text
  // was produced at one indentation level.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// The engine's class name for a plain object: an own enumerable string
// @@toStringTag (which is otherwise printed as a key) takes precedence.
function plainClassName(value, tag) {
  if (tag === '') {
    let raw;
    try {
      raw = value[SymToStringTag];
    } catch {
      raw = undefined;
    }
    if (typeof raw === 'string' && raw !== '') return raw;
  }
  return 'Object';
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function isModuleNamespace(value, constructor) {
  if (hooks.isModuleNamespace !== undefined) return !!hooks.isModuleNamespace(value);
  if (constructor !== null) return false;
  const desc = getOwnDesc(value, SymToStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.enumerable &&
    !desc.writable && !desc.configurable && !Object.isExtensible(value);
}

function isStackOverflow(err) {
  if (err === null || typeof err !== 'object') return false;
  const name = err.name;
  const msg = String(err.message);
  return (name === 'RangeError' || name === 'InternalError') &&
    (msg.includes('call stack') || msg.includes('stack overflow'));
}

function handleStackOverflow(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflow(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

// ---------------------------------------------------------------------------
// Public inspect().
// ---------------------------------------------------------------------------

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    circular: undefined,
    userOptions: undefined,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(obj, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = objectKeys(opts);
      for (let i = 0; i < optKeys.length; i++) {
        const key = optKeys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are forwarded to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('The "options" argument must be of type object.');
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------
// format() / formatWithOptions().
// ---------------------------------------------------------------------------

// True when `value.toString` is inherited from a builtin (so %s inspects).
function hasBuiltInToString(value) {
  if (hooks.getProxyDetails !== undefined) {
    const proxy = hooks.getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) return true;
      value = proxy[0];
    }
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = getProto(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const desc = getOwnDesc(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtInObjects.has(desc.value.name);
}

let circularErrorMessage;

function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

// Placeholder numbers are never colored but honour numericSeparator.
function numericSeparatorOf(inspectOptions) {
  const sep = inspectOptions != null ? inspectOptions.numericSeparator : undefined;
  return sep !== undefined && sep !== null ? sep : inspectDefaultOptions.numericSeparator;
}

function formatNumberNoColor(number, inspectOptions) {
  return formatNumber(stylizeNoColor, number, numericSeparatorOf(inspectOptions));
}

function formatBigIntNoColor(bigint, inspectOptions) {
  return formatBigInt(stylizeNoColor, bigint, numericSeparatorOf(inspectOptions));
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumberNoColor(arg, inspectOptions);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigIntNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number(arg), inspectOptions);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions, showHidden: true, showProxy: true, depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigIntNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number.parseInt(arg), inspectOptions);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number.parseFloat(arg), inspectOptions);
            break;
          }
          case 99: // 'c' consumes its argument (CSS) and prints nothing
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // not a placeholder
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const err = new TypeError(
      'The "inspectOptions" argument must be of type object.' +
      ` Received ${inspectOptions === null ? 'null' : `type ${typeof inspectOptions} (${String(inspectOptions)})`}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function stripVTControlCharacters(str) {
  return String(str).replace(ansiRe, '');
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  setInspectHooks,
  stripVTControlCharacters,
  getStringWidth,
  inspectDefaultOptions,
  stylizeWithColor,
  stylizeNoColor,
};

// Inside the runtime, the host provides what JavaScript cannot see.
if (typeof binding !== 'undefined' && binding.inspect) {
  setInspectHooks({
    getPromiseState: binding.inspect.getPromiseState,
    getProxyDetails: binding.inspect.getProxyDetails,
  });
}
