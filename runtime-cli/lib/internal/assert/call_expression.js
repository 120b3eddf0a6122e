'use strict';
// assert.ok(value) failing without a message quotes the call that failed:
// "The expression evaluated to a falsy value:\n\n  assert.ok(x === 1)\n".
// We find the caller's frame, read its source file and cut out the call
// expression around the frame's position.
//
// The engine's frame position is not the callee (as V8's is) but the last
// argument evaluated before the call, so the call is found by scanning the
// source with a small tokenizer: the innermost call whose parentheses
// enclose the position.

const cache = new Map();

// Control characters are shown escaped, like Node.
const escapes = {
  0x08: '\\b', 0x0b: '\\u000b', 0x0c: '\\f',
};
function escapeControl(code) {
  return code.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    return escapes[c] || `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

// The CJS wrapper shares line 1 with user code; columns there include it.
const wrapperHeadLength =
  '(function (exports, require, module, __filename, __dirname) { '.length;

function callerSite(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  const holder = {};
  try {
    Error.prepareStackTrace = (err, sites) => sites;
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(holder, fn);
    const sites = holder.stack;
    return Array.isArray(sites) && sites.length > 0 ? sites[0] : undefined;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
}

const keywordsBeforeParen = new Set([
  'if', 'while', 'for', 'switch', 'catch', 'with', 'return', 'typeof', 'void',
  'delete', 'in', 'of', 'instanceof', 'new', 'await', 'yield', 'case', 'do',
  'else', 'throw', 'function',
]);
// After these a "/" starts a regular expression, not a division.
const keywordsBeforeRegExp = new Set([
  'return', 'typeof', 'void', 'delete', 'in', 'of', 'instanceof', 'new',
  'await', 'yield', 'case', 'do', 'else', 'throw',
]);

function isIdentChar(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 36 || c === 95 || c > 127;
}

// The position may be on the assertion's callee or on its last argument
// (even a call there), so among the candidate calls (innermost first) the
// first whose callee reads like an assertion wins, else the innermost.
const assertionNames = new Set(['assert', 'ok', 'strict']);
function pickCall(src, candidates) {
  for (let k = 0; k < candidates.length; k++) {
    const callee = src.slice(candidates[k].calleeStart, candidates[k].pos);
    const m = /([A-Za-z_$][\w$]*)\s*$/.exec(callee);
    if (m !== null && assertionNames.has(m[1])) return candidates[k];
  }
  return candidates.length > 0 ? candidates[0] : null;
}

// Returns [start, end] of the call expression around `offset`, or undefined.
function findCall(src, offset) {
  // Open brackets: { ch, pos, call, member, calleeStart }.
  const stack = [];
  // Start of the member/call chain ending at the previous token.
  let chainStart = -1;
  // Previous significant token: 'id', 'kw', 'num', 'str', ')', ']', '}', or a punctuator.
  let prev = '';
  let prevWord = '';
  // The call we want, 'next' while the position's callee chain goes on.
  let target = null;
  let enclosing = [];
  let passed = false;
  let i = 0;
  const n = src.length;
  while (i < n) {
    if (!passed && i > offset) {
      // Just past the position: the calls still open enclose it; when the
      // position is on a callee, the call that comes next is a candidate too.
      passed = true;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].ch === '(' && stack[k].call) enclosing.push(stack[k]);
      }
      target = prev === 'id' ? 'next' : pickCall(src, enclosing);
    }
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
    if (c === 47 && src.charCodeAt(i + 1) === 47) { // line comment
      const e = src.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 42) { // block comment
      const e = src.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    const start = i;
    if (c === 39 || c === 34) { // quoted string
      i++;
      while (i < n && src.charCodeAt(i) !== c) {
        if (src.charCodeAt(i) === 92) i++;
        i++;
      }
      i++;
      prev = 'str';
      chainStart = start;
      continue;
    }
    if (c === 96 || (c === 125 && stack.length > 0 && stack[stack.length - 1].ch === '${')) {
      // Template literal text, up to its end or the next substitution.
      if (c === 125) stack.pop();
      i++;
      let opened = false;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 92) { i += 2; continue; }
        if (d === 96) { i++; break; }
        if (d === 36 && src.charCodeAt(i + 1) === 123) {
          i += 2;
          stack.push({ ch: '${', pos: start });
          opened = true;
          break;
        }
        i++;
      }
      prev = opened ? '(' : 'str';
      continue;
    }
    if (c === 47) { // regular expression or division
      const regexp = !(prev === 'id' || prev === 'num' || prev === 'str' || prev === ')' ||
        prev === ']' || prev === '}') || (prev === 'kw' && keywordsBeforeRegExp.has(prevWord));
      if (regexp) {
        i++;
        let inClass = false;
        while (i < n) {
          const d = src.charCodeAt(i);
          if (d === 92) { i += 2; continue; }
          if (d === 10) break;
          if (d === 91) inClass = true;
          else if (d === 93) inClass = false;
          else if (d === 47 && !inClass) { i++; break; }
          i++;
        }
        while (i < n && isIdentChar(src.charCodeAt(i))) i++;
        prev = 'str';
        chainStart = start;
        continue;
      }
    }
    if (isIdentChar(c)) {
      while (i < n && isIdentChar(src.charCodeAt(i))) i++;
      const word = src.slice(start, i);
      if (c >= 48 && c <= 57) {
        prev = 'num';
        chainStart = start;
      } else {
        const afterDot = prev === '.';
        prev = keywordsBeforeParen.has(word) ? 'kw' : 'id';
        prevWord = word;
        if (!afterDot) chainStart = start;
      }
      continue;
    }
    i++;
    if (c === 40 || c === 91 || c === 123) { // ( [ {
      const ch = src[start];
      // After an operand, "(" is a call and "[" a member access.
      const afterOperand = prev === 'id' || prev === ')' || prev === ']' || prev === 'str';
      const call = ch === '(' && afterOperand;
      const member = ch === '[' && afterOperand;
      stack.push({ ch, pos: start, call, member, calleeStart: chainStart });
      if (target === 'next' && !member) {
        if (call && chainStart <= offset) enclosing.unshift(stack[stack.length - 1]);
        target = pickCall(src, enclosing);
      }
      prev = ch;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) { // ) ] }
      const open = stack.pop();
      if (open === undefined) return undefined;
      if (target === 'next' && !open.member) target = pickCall(src, enclosing);
      if (open === target) return [open.calleeStart, i];
      if (c === 41) chainStart = open.call ? open.calleeStart : open.pos;
      else if (c === 93) chainStart = open.member ? open.calleeStart : open.pos;
      prev = src[start];
      continue;
    }
    // Other punctuators; "?." continues a chain like ".".
    if (c === 63 && src.charCodeAt(i) === 46) {
      i++;
      prev = '.';
      continue;
    }
    prev = c === 46 ? '.' : src[start];
    if (target === 'next' && prev !== '.') target = pickCall(src, enclosing);
  }
  return undefined;
}

// Normalizes the indentation of a multi-line call under its first line.
function formatCode(src, start, end) {
  const lineStart = src.lastIndexOf('\n', start - 1) + 1;
  const column = start - lineStart;
  const lines = src.slice(start, end).replace(/\r\n/g, '\n').split('\n');
  let text = lines[0];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    let pos = 0;
    while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    text += `\n  ${line.slice(pos)}`;
  }
  return escapeControl(text);
}

function lineOffset(src, line) {
  let pos = 0;
  for (let l = 1; l < line; l++) {
    pos = src.indexOf('\n', pos);
    if (pos === -1) return -1;
    pos++;
  }
  return pos;
}

// The message for a failed assert.ok() called through `fn`, or undefined
// when the source cannot be found (eval code, built-ins, unreadable files).
function getErrMessage(fn) {
  const site = callerSite(fn);
  if (site === undefined) return undefined;
  const filename = site.getFileName();
  const line = site.getLineNumber();
  let column = site.getColumnNumber();
  if (typeof filename !== 'string' || filename === '' || filename.startsWith('node:') ||
      !(line > 0) || !(column > 0)) {
    return undefined;
  }
  const key = `${filename}:${line}:${column}`;
  if (cache.has(key)) return cache.get(key);
  let message;
  try {
    const src = require('fs').readFileSync(filename, 'utf8');
    const lineStart = lineOffset(src, line);
    if (lineStart >= 0) {
      let lineEnd = src.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = src.length;
      if (line === 1 && column - 1 > lineEnd - lineStart) column -= wrapperHeadLength;
      const found = findCall(src, lineStart + column - 1);
      if (found !== undefined) {
        message = 'The expression evaluated to a falsy value:\n\n  ' +
          `${formatCode(src, found[0], found[1])}\n`;
      }
    }
  } catch {
    message = undefined;
  }
  cache.set(key, message);
  return message;
}

module.exports = { getErrMessage };
