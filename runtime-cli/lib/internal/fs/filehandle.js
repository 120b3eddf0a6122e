'use strict';
// fsPromises.FileHandle: an fd with promise-returning methods. Results are
// null-prototype objects, as in Node; after close() every operation
// rejects with EBADF "file closed".

const EventEmitter = require('events');
const { codes } = require('internal/fs/errors');
const {
  runPromise, callPromise, asBuffer, isArrayBufferView, validateObject,
} = require('internal/fs/utils');
const fds = require('internal/fs/fd_ops');
const files = require('internal/fs/file_ops');

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kUse = Symbol('kUse');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  // The fd for an operation, or a rejection once closed.
  [kUse](syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  close() {
    if (this[kClosePromise]) return this[kClosePromise];
    if (this[kFd] === -1) return Promise.resolve();
    // As in Node, the handle reads as closed (fd -1) from the start.
    const fd = this[kFd];
    this[kFd] = -1;
    this[kClosePromise] = callPromise('close', fd).then(() => {
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }

  // read(buffer, offset, length, position) | read(buffer, options) |
  // read(options) | read()
  async read(buffer, offsetOrOptions, length, position) {
    const fd = this[kUse]('read');
    let offset = offsetOrOptions;
    if (!isArrayBufferView(buffer)) {
      const o = buffer ?? {};
      if (buffer != null) validateObject(buffer, 'options');
      buffer = o.buffer ?? asBuffer(new Uint8Array(16384));
      offset = o.offset ?? 0;
      length = o.length ?? buffer.byteLength - offset;
      position = o.position ?? null;
    } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    const p = fds.readParams(buffer, offset, length, position);
    const bytesRead = await runPromise(fds.read(fd, p));
    return { __proto__: null, bytesRead, buffer };
  }

  async readv(buffers, position) {
    const fd = this[kUse]('read');
    const bytesRead = await runPromise(fds.readv(fd, buffers, position));
    return { __proto__: null, bytesRead, buffers };
  }

  // write(buffer, offset?, length?, position?) | write(buffer, options) |
  // write(string, position?, encoding?)
  async write(buffer, offsetOrOptions, length, position) {
    const fd = this[kUse]('write');
    let p;
    if (isArrayBufferView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      p = fds.bufferWriteParams(buffer, offset ?? 0, length, position);
    } else {
      p = fds.stringWriteParams(buffer, offsetOrOptions, length);
    }
    const bytesWritten = await runPromise(fds.write(fd, p));
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    const fd = this[kUse]('write');
    const bytesWritten = await runPromise(fds.writev(fd, buffers, position));
    return { __proto__: null, bytesWritten, buffers };
  }

  async readFile(options) {
    return runPromise(files.readFile(this[kUse]('readFile'), options));
  }

  async writeFile(data, options) {
    const fd = this[kUse]('writeFile');
    return writeData(fd, data, options, 'w');
  }

  async appendFile(data, options) {
    const fd = this[kUse]('writeFile');
    return writeData(fd, data, options, 'a');
  }

  async stat(options) {
    return runPromise(fds.fstat(this[kUse]('fstat'), options));
  }

  async truncate(len = 0) {
    return runPromise(fds.ftruncate(this[kUse]('ftruncate'), len));
  }

  async chmod(mode) {
    return runPromise(fds.fchmod(this[kUse]('fchmod'), mode));
  }

  async chown(uid, gid) {
    return runPromise(fds.fchown(this[kUse]('fchown'), uid, gid));
  }

  async utimes(atime, mtime) {
    return runPromise(fds.futimes(this[kUse]('futime'), atime, mtime));
  }

  async sync() {
    return runPromise(fds.fsync(this[kUse]('fsync')));
  }

  async datasync() {
    return runPromise(fds.fdatasync(this[kUse]('fdatasync')));
  }

  readLines(options) {
    const readline = require('readline');
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  readableWebStream() {
    throw new codes.ERR_FS_NOT_SUPPORTED('FileHandle.readableWebStream');
  }
}

// writeFile/appendFile data: a string, a buffer, or (promises only) an
// iterable or async iterable of them.
async function writeData(fd, data, options, flag) {
  if (typeof data === 'string' || isArrayBufferView(data)) {
    return runPromise(flag === 'a' ? files.appendFile(fd, data, options) : files.writeFile(fd, data, options));
  }
  if (data != null && (typeof data[Symbol.asyncIterator] === 'function' ||
      typeof data[Symbol.iterator] === 'function')) {
    for await (const chunk of data) {
      await runPromise(files.writeFile(fd, chunk, options));
    }
    return undefined;
  }
  return runPromise(files.writeFile(fd, data, options));
}

module.exports = { FileHandle, writeData, kFd, kUse };
