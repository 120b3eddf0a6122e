'use strict';
// process.stdout / stderr / stdin as real streams: synchronous writes to
// fds 1 and 2, and stdin read without blocking through the reactor.

function invalidChunk(chunk) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
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

// EPIPE and friends from a native write, shaped like Node's stream errors.
function writeError(errno) {
  const names = { 32: 'EPIPE', 5: 'EIO', 28: 'ENOSPC', 9: 'EBADF', 104: 'ECONNRESET' };
  const code = names[errno] || 'EIO';
  const err = new Error(`write ${code}`);
  err.errno = -errno;
  err.code = code;
  err.syscall = 'write';
  return err;
}

// stdout and stderr: Writable streams whose writes are synchronous, as
// Node's are for files, pipes and terminals on Linux. A write that fails
// (a closed pipe: EPIPE) errors the stream, as in Node.
function createWritable(fd, isTTY) {
  const { Writable } = require('stream');
  const nativeWrite = fd === 1 ? binding.writeStdout : binding.writeStderr;
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      let errno;
      try {
        errno = nativeWrite(toWritable(chunk, encoding));
      } catch (err) {
        cb(err);
        return;
      }
      if (errno) cb(writeError(errno));
      else cb();
    },
    // The process's own stdio is never closed by destroying the stream.
    destroy(err, cb) {
      cb(err);
    },
  });
  stream.fd = fd;
  stream._type = isTTY ? 'tty' : 'pipe';
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream.ref = function ref() { return this; };
  stream.unref = function unref() { return this; };
  if (isTTY) {
    stream.isTTY = true;
    addTTYMethods(stream, fd);
    let watching = false;
    stream.on('newListener', (event) => {
      if (event !== 'resize' || watching) return;
      watching = true;
      process.on('SIGWINCH', () => {
        [stream.columns, stream.rows] = windowSize(fd);
        stream.emit('resize');
      });
    });
  }
  require('internal/process/stdio_state').streams[fd] = stream;
  return stream;
}

// The stdout/stderr stream if a program touched it and it must be used
// for output (its write replaced, or output queued in it); otherwise
// undefined, and console writes straight through.
function interceptedWriter(fd) {
  const stream = require('internal/process/stdio_state').streams[fd];
  if (stream === undefined) return undefined;
  const { Writable } = require('stream');
  if (stream.write !== Writable.prototype.write || stream.writableLength > 0 ||
      stream.writableCorked > 0) {
    return stream;
  }
  return undefined;
}

// stdin: a Readable fed by the native non-blocking reader, started when
// data is first wanted and stopped while the stream is full.
function createStdin(isTTY) {
  const { Readable } = require('stream');
  let reading = false;
  const stream = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (reading) return;
      reading = true;
      binding.stdin.start((chunk) => {
        if (chunk === null) {
          reading = false;
          this.push(null);
          return;
        }
        const { Buffer } = require('buffer');
        if (!this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length))) {
          reading = false;
          binding.stdin.stop();
        }
      });
    },
    destroy(err, cb) {
      if (reading) {
        reading = false;
        binding.stdin.stop();
      }
      cb(err);
    },
  });
  stream.fd = 0;
  if (isTTY) {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = function setRawMode(mode) {
      this.isRaw = !!mode;
      return this;
    };
  }
  stream.ref = function ref() { return this; };
  stream.unref = function unref() { return this; };
  return stream;
}

function create(fd) {
  const isTTY = binding.isatty(fd);
  return fd === 0 ? createStdin(isTTY) : createWritable(fd, isTTY);
}

module.exports = { create, colorDepth, interceptedWriter };
