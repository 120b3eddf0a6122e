'use strict';
// `path/win32`: the Windows path functions (`path.win32`).

module.exports = require('path').win32;
