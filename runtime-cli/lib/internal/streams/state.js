'use strict';
// highWaterMark defaults and option validation shared by Readable/Writable.

const { codes } = require('internal/streams/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('value', 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE('value', 'an integer', value);
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw new codes.ERR_OUT_OF_RANGE('value', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// `duplexKey` is readableHighWaterMark/writableHighWaterMark: a Duplex
// honours it when the shared highWaterMark is absent.
function getHighWaterMark(options, duplexKey, isDuplex, objectMode) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new codes.ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return Math.floor(hwm);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
