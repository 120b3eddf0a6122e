'use strict';
// `path/posix`: the POSIX path functions (the same object as `path` here).

module.exports = require('path');
