'use strict';
// fs.ReadStream / fs.WriteStream (and createReadStream/createWriteStream)
// on the stream module's Readable/Writable: the file is opened in
// _construct (emitting 'open' and 'ready'), read or written at a tracked
// position on the thread pool, and closed on destroy when autoClose is set.

const { Readable, Writable } = require('stream');
const { codes } = require('internal/fs/errors');
const {
  callAsync, getValidatedPath, stringToFlags, parseFileMode, validateInteger, validateFunction,
  asBuffer, toUint8, validateInt32, assertEncoding,
} = require('internal/fs/utils');

const kFileHandle = Symbol('kFileHandle');

function streamOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  return { ...options };
}

// Common setup: path or fd (number or FileHandle), flags, mode, start.
function setup(stream, path, options, defaultFlags) {
  stream.fd = null;
  stream[kFileHandle] = null;
  const fd = options.fd;
  if (fd != null && typeof fd === 'object' && typeof fd.fd === 'number') {
    stream[kFileHandle] = fd;
    stream.fd = fd.fd;
  } else if (fd != null) {
    validateInt32(fd, 'fd', 0);
    stream.fd = fd;
  } else {
    stream.path = typeof path === 'string' ? path : getValidatedPath(path);
  }
  if (stream.path === undefined) stream.path = undefined;
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  stream.start = options.start;
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
  if (stream.start !== undefined) validateInteger(stream.start, 'start', 0);
  stream.pos = stream.start;
}

function openFile(stream, callback) {
  let flags;
  let mode;
  try {
    flags = stringToFlags(stream.flags);
    mode = parseFileMode(stream.mode, 'mode', 0o666);
  } catch (err) {
    callback(err);
    return;
  }
  callAsync('open', (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  }, getValidatedPath(stream.path), flags, mode);
}

function closeFile(stream, err, callback) {
  if (stream[kFileHandle]) {
    stream[kFileHandle].close().then(() => callback(err), (e) => callback(err || e));
    return;
  }
  if (stream.fd === null || !stream.autoClose) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  callAsync('close', (closeErr) => callback(err || closeErr), fd);
}

class ReadStream extends Readable {
  constructor(path, options) {
    options = streamOptions(options);
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.encoding != null) assertEncoding(options.encoding);
    super(options);
    setup(this, path, options, 'r');
    this.end = options.end === undefined ? Infinity : options.end;
    if (this.end !== Infinity) validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
    this.bytesRead = 0;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    if (this.fd !== null) callback();
    else openFile(this, callback);
  }

  _read(n) {
    if (this.pos !== undefined) n = Math.min(this.end - this.pos + 1, n);
    else if (this.end !== Infinity) n = Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const position = this.pos === undefined ? null : this.pos;
    if (this.pos !== undefined) this.pos += n;
    callAsync('read', (err, bytes) => {
      if (err) {
        this.destroy(err);
        return;
      }
      if (bytes.byteLength === 0) {
        this.push(null);
        return;
      }
      if (this.pos !== undefined) this.pos -= n - bytes.byteLength;
      this.bytesRead += bytes.byteLength;
      this.push(asBuffer(bytes));
    }, this.fd, n, position);
  }

  _destroy(err, callback) {
    closeFile(this, err, callback);
  }

  close(callback) {
    if (typeof callback === 'function') require('stream').finished(this, callback);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    options = streamOptions(options);
    options.decodeStrings = true;
    if (options.encoding != null) assertEncoding(options.encoding);
    super(options);
    setup(this, path, options, 'w');
    if (options.encoding) this.setDefaultEncoding(options.encoding);
    this.flush = !!options.flush;
    this.bytesWritten = 0;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    if (this.fd !== null) callback();
    else openFile(this, callback);
  }

  _write(chunk, encoding, callback) {
    this._writeBytes(toUint8(chunk), 0, callback);
  }

  // Writes every byte of `bytes` from `done` on (the OS may take fewer).
  _writeBytes(bytes, done, callback) {
    const position = this.pos === undefined ? null : this.pos;
    callAsync('write', (err, n) => {
      if (err) {
        callback(err);
        return;
      }
      this.bytesWritten += n;
      if (this.pos !== undefined) this.pos += n;
      if (done + n < bytes.byteLength && n > 0) this._writeBytes(bytes, done + n, callback);
      else callback();
    }, this.fd, done === 0 ? bytes : bytes.subarray(done), position);
  }

  _final(callback) {
    if (!this.flush) {
      callback();
      return;
    }
    callAsync('fsync', (err) => callback(err), this.fd);
  }

  _destroy(err, callback) {
    closeFile(this, err, callback);
  }

  close(callback) {
    if (callback !== undefined) validateFunction(callback, 'cb');
    if (this.closed) {
      if (callback) process.nextTick(callback);
      return;
    }
    if (callback) this.on('close', callback);
    if (!this.writableEnded) this.end();
    else this.destroy();
  }

  destroySoon() {
    this.end();
  }
}

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
