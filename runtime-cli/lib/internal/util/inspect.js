'use strict';
// Pure-ECMAScript implementation of Node v20's util.inspect / util.format /
// util.formatWithOptions. The goal is byte-for-byte identical output to Node.
//
// Things plain JS cannot observe (promise state, proxy internals, iterator
// previews) are obtained through optional host hooks; see setInspectHooks().
//
// This is the entry: the implementation lives in internal/util/inspect/,
// one concern per file (core.js holds the recursion and inspect() itself).
// core must load before the other files of its recursion cycle.

const { inspect } = require('internal/util/inspect/core');
const { format, formatWithOptions } = require('internal/util/inspect/format');
const {
  setInspectHooks, inspectDefaultOptions, stylizeWithColor, stylizeNoColor,
} = require('internal/util/inspect/options');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect/strings');

module.exports = {
  inspect,
  format,
  formatWithOptions,
  setInspectHooks,
  stripVTControlCharacters,
  getStringWidth,
  inspectDefaultOptions,
  stylizeWithColor,
  stylizeNoColor,
};

// Inside the runtime, the host provides what JavaScript cannot see.
if (typeof binding !== 'undefined' && binding.inspect) {
  setInspectHooks({
    getPromiseState: binding.inspect.getPromiseState,
    getProxyDetails: binding.inspect.getProxyDetails,
  });
}
