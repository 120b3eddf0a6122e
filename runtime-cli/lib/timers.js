'use strict';
// Node's `timers` module: the same functions as the globals, and
// `promises` (timers/promises), loaded on first use.

const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
});
