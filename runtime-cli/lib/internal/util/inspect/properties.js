'use strict';

// One `key: value` entry: property descriptors, getters, key quoting.
//
// Part of the recursion cycle (core, names, properties, containers): its
// exports, all hoisted functions, are set before it requires anything.

module.exports = { formatProperty };

const {
  kObjectType, kArrayType, stylizeNoColor,
} = require('internal/util/inspect/options');
const {
  getOwnDesc, symToStringFn,
} = require('internal/util/inspect/intrinsics');
const {
  escapeAllRe, escapeChar, strEscape, getStringWidth, formatPrimitive,
  keyStrRe,
} = require('internal/util/inspect/strings');
const { formatValue } = require('internal/util/inspect/core');

// Printed form of string keys: identifier-like ones as is, others quoted
// and escaped. Cached (bounded), as objects of one shape repeat their keys.
const keyNameCache = new Map();
const kKeyNameCacheSize = 4096;

function keyName(key) {
  let name = keyNameCache.get(key);
  if (name === undefined) {
    name = keyStrRe.test(key) ? key : strEscape(key);
    if (key.length <= 64) {
      if (keyNameCache.size >= kKeyNameCacheSize) keyNameCache.clear();
      keyNameCache.set(key, name);
    }
  }
  return name;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
  let str;
  let sep = ' ';
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
  const v = desc.value;
  if (v !== undefined) {
    // In compact=true mode object values get one more column so long values
    // can move below their key.
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = typeof v !== 'object' && typeof v !== 'function' ?
      formatPrimitive(ctx.stylize, v, ctx) : formatValue(ctx, v, recurseTimes);
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
        const result = desc.get.call(original === undefined ? value : original);
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
  } else if (typeof key === 'string') {
    name = keyName(key);
    if (ctx.stylize !== stylizeNoColor) name = ctx.stylize(name, name === key ? 'name' : 'string');
  } else if (keyStrRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  return `${name}:${sep}${str}`;
}
