'use strict';
// process.stdout / stderr / stdin: minimal stream-shaped objects over
// synchronous native writes (the streams issue makes them real streams).

const EventEmitter = require('events');

function checkChunk(chunk) {
  if (typeof chunk === 'string' || chunk instanceof Uint8Array) return chunk;
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

function create(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = binding.isatty(fd) || undefined;
  if (fd === 0) {
    stream.readable = true;
    stream.setEncoding = function setEncoding() { return this; };
    stream.resume = function resume() { return this; };
    stream.pause = function pause() { return this; };
    return stream;
  }
  const write = fd === 1 ? binding.writeStdout : binding.writeStderr;
  stream.writable = true;
  stream.columns = stream.isTTY ? 80 : undefined;
  stream.write = function writeChunk(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    write(checkChunk(chunk));
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  };
  stream.cork = () => {};
  stream.uncork = () => {};
  stream.hasColors = () => false;
  stream.getColorDepth = () => 1;
  return stream;
}

module.exports = { create };
