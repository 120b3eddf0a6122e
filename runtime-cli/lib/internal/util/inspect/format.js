'use strict';

// util.format() / util.formatWithOptions(): printf-style placeholders.

const {
  hooks, inspectDefaultOptions, stylizeNoColor,
} = require('internal/util/inspect/options');
const {
  getProto, getOwnDesc, hasOwn,
} = require('internal/util/inspect/intrinsics');
const { builtInObjects } = require('internal/util/inspect/brands');
const { formatNumber, formatBigInt } = require('internal/util/inspect/strings');
const { inspect } = require('internal/util/inspect/core');

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

module.exports = { format, formatWithOptions };
