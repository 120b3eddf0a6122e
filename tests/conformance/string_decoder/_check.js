'use strict';
// Shared by the buffer tests: run a case and print its result or its error
// (code and Node-defined message; engine-only errors print just their name).
const util = require('util');

function show(value) {
  return typeof value === 'string' ? JSON.stringify(value) : util.inspect(value);
}

function check(label, fn) {
  try {
    console.log(`${label} ->`, show(fn()));
  } catch (err) {
    if (err && err.code) console.log(`${label} !! ${err.name} ${err.code}: ${err.message}`);
    else console.log(`${label} !! ${err && err.name}`);
  }
}

module.exports = { check, show };
