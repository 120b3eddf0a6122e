'use strict';
// Node's `util` module (the core-library issue completes it).

const inspectModule = require('internal/util/inspect');

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

module.exports = {
  format: inspectModule.format,
  formatWithOptions: inspectModule.formatWithOptions,
  inspect: inspectModule.inspect,
  stripVTControlCharacters: inspectModule.stripVTControlCharacters,
  inherits,
};
