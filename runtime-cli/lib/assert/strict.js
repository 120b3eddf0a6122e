'use strict';
// `assert/strict`: the strict assertion mode (the same object as
// require('assert').strict).

module.exports = require('assert').strict;
