'use strict';
// How a Buffer prints: `<Buffer 68 69 ... N more bytes, extra: props>`,
// the hex of at most INSPECT_MAX_BYTES bytes plus own non-index properties.

const native = binding.buffer;

// `<Buffer 68 69 ... N more bytes, extra: props>` as in Node.
function makeInspect(maxBytes) {
  return function inspect(recurseTimes, ctx) {
    return inspectBuffer(this, maxBytes(), ctx);
  };
}

function inspectBuffer(buf, max, ctx) {
  const shown = Math.min(max, buf.length);
  const hex = native.toString(buf, 0, shown, 'hex');
  let str = '';
  for (let i = 0; i < hex.length; i += 2) {
    str += i === 0 ? hex.slice(0, 2) : ` ${hex.slice(i, i + 2)}`;
  }
  const remaining = buf.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(buf) : Object.keys(buf);
    const extras = { __proto__: null };
    let any = false;
    for (const key of keys) {
      if (isIndexKey(key)) continue;
      extras[key] = buf[key];
      any = true;
    }
    if (ctx.showHidden) {
      for (const sym of Object.getOwnPropertySymbols(buf)) {
        extras[sym] = buf[sym];
        any = true;
      }
    } else {
      for (const sym of Object.getOwnPropertySymbols(buf)) {
        if (Object.prototype.propertyIsEnumerable.call(buf, sym)) {
          extras[sym] = buf[sym];
          any = true;
        }
      }
    }
    if (any) {
      const { inspect } = require('internal/util/inspect');
      const text = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Strip "[Object: null prototype] {" and " }".
      if (buf.length !== 0) str += ', ';
      str += text.slice(27, -2);
    }
  }
  return `<${buf.constructor.name} ${str}>`;
}

function isIndexKey(key) {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return String(+key >>> 0) === key && +key !== 4294967295;
}

module.exports = { makeInspect };
