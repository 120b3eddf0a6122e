'use strict';
// Shared step logger for the ordering tests.
let step = 0;
module.exports = function log(...args) {
  console.log(`${++step}`, ...args);
};
