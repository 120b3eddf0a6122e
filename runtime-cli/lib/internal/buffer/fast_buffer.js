'use strict';

// The Buffer class itself: FastBuffer (the class every buffer is an
// instance of), the callable `Buffer` sharing its prototype, and the size
// limits. Statics live in `buffer`, methods in internal/buffer/prototype.

const { codes } = require('internal/buffer/errors');
const { isAnyArrayBuffer } = require('internal/buffer/types');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };

// The class every buffer is an instance of; `Buffer` (callable without
// `new`, as in Node) shares its prototype.
class FastBuffer extends Uint8Array {}

function Buffer(arg, encodingOrOffset, length) {
  if (!isAnyArrayBuffer(arg)) showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

let warned = false;
function showDeprecation() {
  if (warned) return;
  warned = true;
  if (typeof process.emitWarning === 'function') {
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
      'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

module.exports = { FastBuffer, Buffer, kMaxLength, kStringMaxLength, constants };
