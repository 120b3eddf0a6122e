'use strict';

// One-line bases printed before the braces: functions and classes,
// boxed primitives, iterator and null-prototype class names.

const { stylizeNoColor } = require('internal/util/inspect/options');
const {
  getProto, objToStringFn, fnToStringFn, SymToStringTag, hasOwn, numberValueOf,
  stringValueOf, booleanValueOf, bigintValueOf, symbolValueOf,
} = require('internal/util/inspect/intrinsics');
const { formatPrimitive } = require('internal/util/inspect/strings');

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

module.exports = {
  getFunctionBase, getBoxedBase, plainClassName, iteratorBraces,
};
