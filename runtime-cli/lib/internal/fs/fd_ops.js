'use strict';
// The fd-based operations as requests (see utils.request): open, close,
// read/write with all of Node's argument forms, readv/writev, and the f*
// calls. fs.js, fs/promises and FileHandle share these.

const { codes } = require('internal/fs/errors');
const {
  request, composite, callSync, callPromise, getValidatedPath, stringToFlags, parseFileMode,
  validateFd, validateInteger, validateInt32, validateObject, validatePosition, validateId,
  toUnixTimestamp, isArrayBufferView, toUint8, encode,
} = require('internal/fs/utils');
const { getStats } = require('internal/fs/stats');
const { normalizeEncoding } = require('internal/buffer/encodings');

function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return request('open', [path, flagsNumber, mode]);
}

function close(fd) {
  return request('close', [validateFd(fd)]);
}

function fstat(fd, options) {
  options = { bigint: options != null && options.bigint === true };
  return request('fstat', [validateFd(fd)], (n) => getStats(n, options.bigint));
}

function fsync(fd) {
  return request('fsync', [validateFd(fd)]);
}

function fdatasync(fd) {
  return request('fdatasync', [validateFd(fd)]);
}

function ftruncate(fd, len = 0) {
  validateFd(fd);
  validateInteger(len, 'len');
  return request('ftruncate', [fd, Math.max(0, len)]);
}

function fchmod(fd, mode) {
  validateFd(fd);
  return request('fchmod', [fd, parseFileMode(mode, 'mode')]);
}

function fchown(fd, uid, gid) {
  validateFd(fd);
  return request('fchown', [fd, validateId(uid, 'uid'), validateId(gid, 'gid')]);
}

function futimes(fd, atime, mtime) {
  validateFd(fd);
  return request('futimes', [fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')]);
}

// ---- read -----------------------------------------------------------------

function validateBuffer(buffer) {
  if (!isArrayBufferView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOptionsObject(options) {
  if (options !== null && options !== undefined) validateObject(options, 'options');
}

// The checks after the argument forms are sorted out: returns the read's
// {buffer, offset, length, position} (position null: the file position).
function readParams(buffer, offset, length, position) {
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length !== 0) {
    if (buffer.byteLength === 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
    if (offset + length > buffer.byteLength) {
      throw new codes.ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
  }
  if (position == null) position = -1;
  position = validatePosition(position);
  return { buffer, offset, length, position: position === -1 ? null : position };
}

// fs.readSync's forms: (buffer, offset, length, position) or
// (buffer, options) / (buffer).
function readSyncParams(nargs, buffer, offsetOrOptions, length, position) {
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (nargs <= 3 || typeof offsetOrOptions === 'object') {
    validateOptionsObject(offsetOrOptions);
    const o = offsetOrOptions ?? {};
    offset = o.offset ?? 0;
    length = o.length ?? buffer.byteLength - offset;
    position = o.position ?? null;
  }
  return readParams(buffer, offset, length, position);
}

// A read of `p.length` bytes into p.buffer at p.offset; gives bytesRead.
function read(fd, p) {
  validateFd(fd);
  if (p.length === 0) return composite(() => 0, async () => 0);
  return request('read', [fd, p.length, p.position], (bytes) => {
    toUint8(p.buffer).set(bytes, p.offset);
    return bytes.byteLength;
  });
}

// ---- write ----------------------------------------------------------------

function validateEncoding(data, encoding) {
  if (normalizeEncoding(encoding) === 'hex' && data.length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
      `is invalid for data of length ${data.length}`);
  }
}

function validateWriteLengths(offset, length, byteLength) {
  if (offset > byteLength) throw new codes.ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new codes.ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// The bytes a write sends: a view of the buffer's range, or an encoded
// string. (position null: the file position.)
function bufferWriteParams(buffer, offset, length, position) {
  if (typeof offset !== 'number') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  validateWriteLengths(offset, length, buffer.byteLength);
  const data = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return { data, position };
}

function stringWriteParams(string, position, encoding) {
  if (typeof string !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
      string);
  }
  validateEncoding(string, encoding);
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  return { data: encode(string, encoding ?? 'utf8'), position };
}

// fs.writeSync's forms: (buffer, offset?, length?, position?),
// (buffer, options), (string, position?, encoding?).
function writeSyncParams(buffer, offsetOrOptions, length, position) {
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset === null) offset = 0;
    return bufferWriteParams(buffer, offset, length, position);
  }
  return stringWriteParams(buffer, offsetOrOptions, length);
}

function write(fd, p) {
  validateFd(fd);
  return request('write', [fd, p.data, p.position]);
}

// ---- readv / writev ---------------------------------------------------------

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

// Vectored I/O as a loop of single reads/writes; stops at a short one.
function readv(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const step = (buf, bytes) => {
    toUint8(buf).set(bytes);
    return bytes.byteLength;
  };
  return composite(() => {
    let total = 0;
    for (const buf of buffers) {
      const n = step(buf, callSync('read', fd, buf.byteLength, position === null ? null : position + total));
      total += n;
      if (n < buf.byteLength) break;
    }
    return total;
  }, async () => {
    let total = 0;
    for (const buf of buffers) {
      const bytes = await callPromise('read', fd, buf.byteLength,
        position === null ? null : position + total);
      const n = step(buf, bytes);
      total += n;
      if (n < buf.byteLength) break;
    }
    return total;
  });
}

function writev(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const views = buffers.map(toUint8);
  return composite(() => {
    let total = 0;
    for (const view of views) {
      total += writeAll(fd, view, position === null ? null : position + total);
    }
    return total;
  }, async () => {
    let total = 0;
    for (const view of views) {
      total += await writeAllAsync(fd, view, position === null ? null : position + total);
    }
    return total;
  });
}

// Writes every byte (the OS may take fewer per call).
function writeAll(fd, data, position) {
  if (typeof data === 'string') return callSync('write', fd, data, position);
  let done = 0;
  while (done < data.byteLength) {
    const n = callSync('write', fd, data.subarray(done), position === null ? null : position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

async function writeAllAsync(fd, data, position) {
  if (typeof data === 'string') return callPromise('write', fd, data, position);
  let done = 0;
  while (done < data.byteLength) {
    const n = await callPromise('write', fd, data.subarray(done),
      position === null ? null : position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

module.exports = {
  open, close, fstat, fsync, fdatasync, ftruncate, fchmod, fchown, futimes,
  validateBuffer, validateOptionsObject, readParams, readSyncParams, read,
  bufferWriteParams, stringWriteParams, writeSyncParams, write, readv, writev,
  writeAll, writeAllAsync,
};
