'use strict';

// The recursion: formatValue (proxies, custom inspect, circular refs),
// formatRaw (picking a kind, braces and entries) and the public inspect().
//
// Part of the recursion cycle (core, names, properties, containers): its
// exports, all hoisted functions, are set before it requires anything.

module.exports = { formatValue, inspect };

const {
  hooks, inspectDefaultOptions, kObjectType, kArrayExtrasType, colors, styles,
  stylizeNoColor, stylizeWithColor,
} = require('internal/util/inspect/options');
const {
  getProto, objectKeys, objToStringFn, dateGetTime, dateToISO, dateToString,
  regexpToString, isArray, SymIterator, SymToStringTag, hasOwn, isEnumerable,
  mapSizeGet, setSizeGet, typedArrayTagGet, typedArrayLengthGet,
  typedArrayCtors, mapIteratorProto, setIteratorProto,
} = require('internal/util/inspect/intrinsics');
const {
  isMap, isSet, isTypedArray, isArrayBuffer, isSharedArrayBuffer, isDataView,
  isDate, isRegExp, isWeakMap, isWeakSet, brandHint, probeBrand, isError,
  isPromise, boxedKind, isModuleNamespace,
} = require('internal/util/inspect/brands');
const {
  formatNumber, formatPrimitive,
} = require('internal/util/inspect/strings');
const {
  getConstructorName, getPrefix, getKeys, getNonIndexKeys,
} = require('internal/util/inspect/names');
const { formatProperty } = require('internal/util/inspect/properties');
const {
  formatArray, formatTypedArray, formatSet, formatMap, formatArrayBuffer,
  formatPromise, formatWeakCollection, formatWeakEntries, formatIterator,
  formatNamespace,
} = require('internal/util/inspect/containers');
const { reduceToSingleString } = require('internal/util/inspect/layout');
const {
  getFunctionBase, getBoxedBase, plainClassName, iteratorBraces,
} = require('internal/util/inspect/bases');
const { formatError } = require('internal/util/inspect/errors');

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

// Output length per indentation level past which inspection stops descending.
const kMaxBudget = 2 ** 27;

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
  if (newLength > kMaxBudget) ctx.depth = -1;
  return res;
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
