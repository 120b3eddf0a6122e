'use strict';
// Node's `module` built-in: the CommonJS Module class and its helpers.

const { Module } = require('internal/modules/cjs');

Module.builtinModules = binding.builtinIds.slice();
module.exports = Module;
