'use strict';

// Primitives and strings: quoting and escaping, display width, and
// number/bigint/string/symbol formatting.

const { symToStringFn } = require('internal/util/inspect/intrinsics');

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

// Everything that can make a string need escaping or other quotes; no match
// means single quotes as is. (Even well-paired surrogates take the exact path.)
const plainStrRe = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

// Quote preference: single, then double, then backtick; only when all three
// appear do we fall back to escaping single quotes.
function strEscape(str) {
  if (str.length < 5000 && !plainStrRe.test(str)) return `'${str}'`;
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
      if (value.length > kMinLineWidth && ctx.compact !== true &&
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

const keyStrRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function stripVTControlCharacters(str) {
  return String(str).replace(ansiRe, '');
}

module.exports = {
  escapeAllRe, escapeChar, strEscape, getStringWidth, formatNumber,
  formatBigInt, formatPrimitive, keyStrRe, stripVTControlCharacters,
};
