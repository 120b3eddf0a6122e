'use strict';
// process.stdout / stderr / stdin: minimal stream-shaped objects over
// synchronous native writes and a whole-input stdin read (the streams
// work makes them real streams later).

const EventEmitter = require('events');

function invalidChunk(chunk) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// Buffer is another built-in; stdio works (with strings) without it.
function lazyBuffer() {
  try {
    return require('buffer').Buffer;
  } catch {
    return undefined;
  }
}

// Strings in an encoding other than UTF-8 go through Buffer.
function toWritable(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding === undefined || encoding === null || encoding === 'utf8' ||
        encoding === 'utf-8' || encoding === 'buffer') {
      return chunk;
    }
    return require('buffer').Buffer.from(chunk, encoding);
  }
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw invalidChunk(chunk);
}

// Node's tty color-depth rules, from the environment: 1, 4, 8 or 24 bits.
function colorDepth(env = process.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === '1' || force === 'true') return 4;
    if (force === '2') return 8;
    if (force === '3') return 24;
    return 1;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  const term = env.TERM || '';
  if (/256/.test(term)) return 8;
  if (term === '' && env.COLORTERM === undefined) return 1;
  return 4;
}

// Window size of a terminal; a native `ttyWindowSize(fd)` -> [cols, rows]
// is used when the host provides one.
function windowSize(fd) {
  if (typeof binding.ttyWindowSize === 'function') {
    const size = binding.ttyWindowSize(fd);
    if (size) return size;
  }
  const cols = parseInt(process.env.COLUMNS, 10);
  const rows = parseInt(process.env.LINES, 10);
  return [cols > 0 ? cols : 80, rows > 0 ? rows : 24];
}

function addTTYMethods(stream, fd) {
  const [columns, rows] = windowSize(fd);
  stream.columns = columns;
  stream.rows = rows;
  stream.getWindowSize = () => windowSize(fd);
  stream.getColorDepth = (env) => colorDepth(env);
  stream.hasColors = (count, env) => {
    if (env === undefined && (count === undefined || typeof count === 'object')) {
      env = count;
      count = 16;
    }
    return count <= 2 ** colorDepth(env);
  };
}

function createWritable(fd, isTTY) {
  const stream = new EventEmitter();
  if (isTTY) stream.isTTY = true;
  const write = fd === 1 ? binding.writeStdout : binding.writeStderr;
  stream.fd = fd;
  stream._type = stream.isTTY ? 'tty' : 'pipe';
  stream._isStdio = true;
  stream.writable = true;
  stream.destroyed = false;
  stream.writableEnded = false;
  stream.writableFinished = false;
  stream.writableLength = 0;
  stream.writableHighWaterMark = 16384;
  stream.writableObjectMode = false;
  stream.writableCorked = 0;
  stream.write = function writeChunk(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) {
      const { codes } = require('internal/errors');
      const err = new TypeError('May not write null values to stream');
      err.code = 'ERR_STREAM_NULL_VALUES';
      if (codes.ERR_STREAM_NULL_VALUES) throw new codes.ERR_STREAM_NULL_VALUES();
      throw err;
    }
    write(toWritable(chunk, encoding));
    // Writes complete synchronously; callbacks still run on a later tick.
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
  // stdout/stderr are never really closed: end() finishes without closing.
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (!this.writableEnded) {
      this.writableEnded = true;
      process.nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
      });
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return this;
  };
  stream.cork = function cork() { this.writableCorked++; };
  stream.uncork = function uncork() { if (this.writableCorked > 0) this.writableCorked--; };
  stream.setDefaultEncoding = function setDefaultEncoding() { return this; };
  stream.destroy = function destroy() { return this; };
  stream.ref = function ref() { return this; };
  stream.unref = function unref() { return this; };
  if (stream.isTTY) addTTYMethods(stream, fd);
  return stream;
}

// stdin reads all input once, when first asked for data, and delivers it
// as one chunk. The native read blocks, so a terminal waits for EOF.
function createStdin(isTTY) {
  const stream = new EventEmitter();
  if (isTTY) stream.isTTY = true;
  stream.fd = 0;
  stream.readable = true;
  stream.readableEnded = false;
  stream.readableFlowing = null;
  stream.readableEncoding = null;
  stream.destroyed = false;
  let scheduled = false;
  let paused = false;
  let pending = null;

  function deliver() {
    if (paused || pending === null) return;
    const chunks = pending;
    pending = null;
    for (const chunk of chunks) stream.emit('data', chunk);
    stream.readable = false;
    stream.readableEnded = true;
    stream.emit('end');
    stream.emit('close');
  }

  function start() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      const text = binding.readStdin();
      pending = [];
      if (text.length > 0) {
        const Buffer = stream.readableEncoding === null ? lazyBuffer() : undefined;
        pending.push(Buffer !== undefined ? Buffer.from(text) : text);
      }
      deliver();
    });
  }

  stream.on('newListener', (event) => {
    if (event === 'data' || event === 'readable' || event === 'end') {
      if (event === 'data' && stream.readableFlowing !== false) stream.readableFlowing = true;
      start();
    }
  });
  stream.setEncoding = function setEncoding(encoding = 'utf8') {
    this.readableEncoding = encoding;
    return this;
  };
  stream.resume = function resume() {
    paused = false;
    this.readableFlowing = true;
    start();
    if (pending !== null) process.nextTick(deliver);
    return this;
  };
  stream.pause = function pause() {
    paused = true;
    this.readableFlowing = false;
    return this;
  };
  stream.isPaused = function isPaused() { return paused; };
  stream.ref = function ref() { return this; };
  stream.unref = function unref() { return this; };
  if (isTTY) stream.setRawMode = function setRawMode() { return this; };
  stream.destroy = function destroy() {
    this.destroyed = true;
    return this;
  };
  stream[Symbol.asyncIterator] = async function* iterate() {
    const chunks = [];
    await new Promise((resolve) => {
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', resolve);
    });
    yield* chunks;
  };
  return stream;
}

function create(fd) {
  const isTTY = binding.isatty(fd);
  return fd === 0 ? createStdin(isTTY) : createWritable(fd, isTTY);
}

module.exports = { create, colorDepth };
