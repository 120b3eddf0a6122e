'use strict';
// Which stdio streams a program has created (process.stdout etc. are made
// on first access), so console can tell without creating them.

module.exports = { streams: [] };
