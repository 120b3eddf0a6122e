'use strict';
// Finds the names a CommonJS module exports, without running it, so that
// `import { a } from './cjs.js'` can link (what Node does with
// cjs-module-lexer). Recognised forms:
//   exports.a = ...            module.exports.a = ...       exports['a'] = ...
//   Object.defineProperty(exports | module.exports, 'a', { value: ... })
//   Object.defineProperty(exports, 'a', { get: function () { return x.y; } })
//     (a getter counts only when it returns an identifier or member chain)
//   module.exports = { a, b: ..., 'c': ..., ...require('./x') }
//   module.exports = require('./x')     __exportStar(require('./x'), exports)
// Re-exports are returned as specifiers for the caller to resolve.

const identStart = /[A-Za-z_$\u0080-\uffff]/;
const identPart = /[\w$\u0080-\uffff]/;
// After these tokens a `/` starts a regular expression, not a division.
const regexAfter = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+',
  '-', '*', '%', '<', '>', '~', '^', 'return', 'typeof', 'case', 'do', 'else', 'in',
  'instanceof', 'new', 'delete', 'void', 'throw', '=>', '&&', '||', '??', '==', '===', '!=',
  '!==']);

// Splits source into identifiers, string literals ({ str }) and
// punctuation; comments, templates and regular expressions are skipped.
function tokenize(src) {
  const tokens = [];
  let i = 0;
  const n = src.length;
  const last = () => (tokens.length ? tokens[tokens.length - 1] : undefined);
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === '\'' || c === '"') {
      let j = i + 1;
      let s = '';
      while (j < n && src[j] !== c) {
        if (src[j] === '\\') { s += src[j + 1]; j += 2; continue; }
        s += src[j++];
      }
      tokens.push({ str: s });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      i = skipTemplate(src, i + 1);
      tokens.push({ str: null });
      continue;
    }
    if (c === '/') {
      const prev = last();
      if (prev === undefined || (typeof prev === 'string' && regexAfter.has(prev))) {
        i = skipRegex(src, i + 1);
        tokens.push({ str: null });
        continue;
      }
    }
    if (identStart.test(c)) {
      let j = i + 1;
      while (j < n && identPart.test(src[j])) j++;
      tokens.push(src.slice(i, j));
      i = j;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[\w.]/.test(src[j])) j++;
      tokens.push('0');
      i = j;
      continue;
    }
    const three = src.slice(i, i + 3);
    if (three === '===' || three === '!==' || three === '...') { tokens.push(three); i += 3; continue; }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '=>', '&&', '||', '??', '?.'].includes(two)) { tokens.push(two); i += 2; continue; }
    tokens.push(c);
    i++;
  }
  return tokens;
}

function skipTemplate(src, i) {
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '`') return i + 1;
    if (c === '$' && src[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < src.length && depth > 0) {
        if (src[i] === '{') depth++;
        else if (src[i] === '}') depth--;
        else if (src[i] === '`') { i = skipTemplate(src, i + 1); continue; }
        i++;
      }
      continue;
    }
    i++;
  }
  return i;
}

function skipRegex(src, i) {
  let inClass = false;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '\n') return i;
    if (inClass) { if (c === ']') inClass = false; } else if (c === '[') inClass = true;
    else if (c === '/') { i++; break; }
    i++;
  }
  while (i < src.length && identPart.test(src[i])) i++;
  return i;
}

// Position after `exports` or `module.exports` starting at k, or -1.
function exportsRef(t, k) {
  if (t[k - 1] === '.') return -1;
  if (t[k] === 'exports') return k + 1;
  if (t[k] === 'module' && t[k + 1] === '.' && t[k + 2] === 'exports') return k + 3;
  return -1;
}

// `require ( 'x' )` at k: the specifier, or undefined.
function requireCall(t, k) {
  if (t[k] === 'require' && t[k + 1] === '(' && t[k + 2] && typeof t[k + 2].str === 'string' &&
      t[k + 3] === ')') {
    return t[k + 2].str;
  }
  return undefined;
}

// Keys of the object literal whose `{` is at k.
function literalKeys(t, k, names, reexports) {
  let depth = 0;
  let expectKey = true;
  for (let j = k; j < t.length; j++) {
    const tok = t[j];
    if (tok === '{' || tok === '(' || tok === '[') {
      depth++;
      if (depth > 1) expectKey = false;
      continue;
    }
    if (tok === '}' || tok === ')' || tok === ']') {
      depth--;
      if (depth === 0) return;
      continue;
    }
    if (depth !== 1) continue;
    if (tok === ',') { expectKey = true; continue; }
    if (!expectKey) continue;
    expectKey = false;
    if (tok === '...') {
      const spec = requireCall(t, j + 1);
      if (spec !== undefined) reexports.push(spec);
      continue;
    }
    const key = typeof tok === 'string' ? tok : tok.str;
    if (typeof key !== 'string' || (typeof tok === 'string' && !identStart.test(tok))) continue;
    const next = t[j + 1];
    if (next === ',' || next === '}' || next === ':' || next === '(') names.add(key);
  }
}

// Whether the descriptor literal at `{` k has a `value`, or a getter whose
// body is only `return <identifier or member chain>`.
function plainDescriptor(t, k) {
  let depth = 0;
  for (let j = k; j < t.length; j++) {
    const tok = t[j];
    if (tok === '{' || tok === '(' || tok === '[') depth++;
    else if (tok === '}' || tok === ')' || tok === ']') {
      depth--;
      if (depth === 0) return false;
    } else if (depth === 1 && (t[j - 1] === '{' || t[j - 1] === ',')) {
      if (tok === 'value' && t[j + 1] === ':') return true;
      if (tok === 'get') {
        let b = j + 1;
        if (t[b] === ':' && t[b + 1] === 'function') b += 2;
        if (t[b] !== '(' || t[b + 1] !== ')' || t[b + 2] !== '{' || t[b + 3] !== 'return') {
          return false;
        }
        let r = b + 4;
        if (typeof t[r] !== 'string' || !identStart.test(t[r])) return false;
        r++;
        while (t[r] === '.' && typeof t[r + 1] === 'string' && identStart.test(t[r + 1])) r += 2;
        if (t[r] === ';') r++;
        return t[r] === '}';
      }
    }
  }
  return false;
}

function analyze(src) {
  const t = tokenize(src);
  const names = new Set();
  const reexports = [];
  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    if (tok === 'Object' && t[k + 1] === '.' && t[k + 2] === 'defineProperty' && t[k + 3] === '(') {
      const after = exportsRef(t, k + 4);
      if (after !== -1 && t[after] === ',' && t[after + 1] && typeof t[after + 1].str === 'string' &&
          t[after + 2] === ',' && t[after + 3] === '{' && plainDescriptor(t, after + 3)) {
        names.add(t[after + 1].str);
      }
      continue;
    }
    if (tok === '__exportStar' || tok === '__export') {
      const spec = t[k + 1] === '(' ? requireCall(t, k + 2) : undefined;
      if (spec !== undefined) reexports.push(spec);
      continue;
    }
    const after = exportsRef(t, k);
    if (after === -1) continue;
    if (t[after] === '.' && typeof t[after + 1] === 'string' && t[after + 2] === '=') {
      names.add(t[after + 1]);
    } else if (t[after] === '[' && t[after + 1] && typeof t[after + 1].str === 'string' &&
               t[after + 2] === ']' && t[after + 3] === '=') {
      names.add(t[after + 1].str);
    } else if (t[k] === 'module' && t[after] === '=') {
      if (t[after + 1] === '{') {
        literalKeys(t, after + 1, names, reexports);
      } else {
        const spec = requireCall(t, after + 1);
        if (spec !== undefined) reexports.push(spec);
      }
    }
  }
  names.delete('default');
  return { names: [...names], reexports };
}

module.exports = { analyze };
