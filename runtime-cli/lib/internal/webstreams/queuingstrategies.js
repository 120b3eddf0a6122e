'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: a highWaterMark plus
// a size function. Each class shares one size function across instances,
// as the standard requires.

const { kState, checkThis, validateObject, customInspect, inspectSymbol } =
  require('internal/webstreams/util');

function readInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) {
    const err = new TypeError('init.highWaterMark is required');
    Object.defineProperty(err, 'code', {
      value: 'ERR_MISSING_OPTION', enumerable: true, writable: true, configurable: true,
    });
    throw err;
  }
  return +init.highWaterMark;
}

// Defined as methods so they are named `size` with no prototype.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kState] = { brand: 'ByteLengthQueuingStrategy', highWaterMark: readInit(init) };
  }

  get highWaterMark() {
    return checkThis(this, 'ByteLengthQueuingStrategy').highWaterMark;
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [inspectSymbol](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy',
      { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kState] = { brand: 'CountQueuingStrategy', highWaterMark: readInit(init) };
  }

  get highWaterMark() {
    return checkThis(this, 'CountQueuingStrategy').highWaterMark;
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy');
    return countSize;
  }

  [inspectSymbol](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy',
      { highWaterMark: this.highWaterMark });
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    value: C.name, configurable: true,
  });
  for (const key of ['highWaterMark', 'size']) {
    Object.defineProperty(C.prototype, key, {
      ...Object.getOwnPropertyDescriptor(C.prototype, key), enumerable: true,
    });
  }
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
