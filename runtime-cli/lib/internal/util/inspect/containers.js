'use strict';

// Entry formatters for container kinds (arrays, typed arrays, Set,
// Map, ArrayBuffer, Promise, weak collections, iterators, namespaces).
//
// Part of the recursion cycle (core, names, properties, containers): its
// exports, all hoisted functions, are set before it requires anything.

module.exports = {
  formatArray, formatTypedArray, formatSet, formatMap, formatArrayBuffer,
  formatPromise, formatWeakCollection, formatWeakEntries, formatIterator,
  formatNamespace,
};

const {
  hooks, kObjectType, kArrayType, kArrayExtrasType,
} = require('internal/util/inspect/options');
const {
  objectKeys, symToStringFn, hasOwn, mapSizeGet, setSizeGet, mapEntriesFn,
  setValuesFn,
} = require('internal/util/inspect/intrinsics');
const {
  strEscape, formatNumber, formatBigInt, keyStrRe,
} = require('internal/util/inspect/strings');
const { isArrayIndexKey } = require('internal/util/inspect/names');
const { formatProperty } = require('internal/util/inspect/properties');
const { reduceToSingleString } = require('internal/util/inspect/layout');
const { formatValue } = require('internal/util/inspect/core');

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
