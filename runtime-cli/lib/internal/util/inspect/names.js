'use strict';

// Constructor names, `Foo [tag] ` prefixes and own-key enumeration.
//
// Part of the recursion cycle (core, names, properties, containers): its
// exports, all hoisted functions, are set before it requires anything.

module.exports = {
  getConstructorName, getPrefix, getKeys, isArrayIndexKey, getNonIndexKeys,
};

const { kObjectType } = require('internal/util/inspect/options');
const {
  ObjectProto, getProto, getOwnDesc, objectKeys, ownNames, ownSymbols, hasOwn,
  isEnumerable,
} = require('internal/util/inspect/intrinsics');
const { builtInObjects } = require('internal/util/inspect/brands');
const { formatProperty } = require('internal/util/inspect/properties');
const { inspect } = require('internal/util/inspect/core');

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
