'use strict';
// fs.Dir and fs.opendir. The native side has no streaming directory handle
// yet (wanted: an `opendir`/`readdirChunk`/`closedir` trio), so a Dir reads
// its whole listing when opened and hands entries out one by one.

const { codes } = require('internal/fs/errors');
const {
  callSync, callAsync, getValidatedPath, getOptions, validateUint32, validateBoolean,
  validateFunction,
} = require('internal/fs/utils');
const { Dirent, readdirRecursiveSync, readdirRecursive } = require('internal/fs/dirent');

const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');
const kPath = Symbol('kPath');
const kEncoding = Symbol('kEncoding');

class Dir {
  constructor(path, entries, encoding) {
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
    this[kEncoding] = encoding;
  }

  get path() {
    return this[kPath];
  }

  readSync() {
    if (this[kClosed]) throw new codes.ERR_DIR_CLOSED();
    return this[kEntries].shift() ?? null;
  }

  // A closed Dir throws at once, even for the promise form (as Node does).
  read(callback) {
    if (this[kClosed]) throw new codes.ERR_DIR_CLOSED();
    if (callback === undefined) return Promise.resolve(this.readSync());
    validateFunction(callback, 'callback');
    const entry = this.readSync();
    process.nextTick(callback, null, entry);
    return undefined;
  }

  closeSync() {
    if (this[kClosed]) throw new codes.ERR_DIR_CLOSED();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        if (this[kClosed]) reject(new codes.ERR_DIR_CLOSED());
        else resolve(this.closeSync());
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new codes.ERR_DIR_CLOSED());
      return undefined;
    }
    this.closeSync();
    process.nextTick(callback, null);
    return undefined;
  }

  async* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function validateOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// Native errors name `scandir`; Node's name `opendir`, and only the async
// form names the path.
function asOpendirError(err, withPath = false) {
  if (err && typeof err.syscall === 'string' && err.path !== undefined) {
    const e = new Error(err.message.replace(/, scandir .*$/s,
      withPath ? `, opendir '${err.path}'` : ', opendir'));
    e.errno = err.errno;
    e.code = err.code;
    e.syscall = 'opendir';
    if (withPath) e.path = err.path;
    return e;
  }
  return err;
}

function flatEntries(path, pairs) {
  return pairs.map(([name, type]) => new Dirent(name, type, path));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = validateOptions(options);
  let entries;
  try {
    entries = options.recursive ?
      readdirRecursiveSync(path, true, options.encoding) :
      flatEntries(path, callSync('readdir', path, true));
  } catch (err) {
    throw asOpendirError(err);
  }
  return new Dir(path, entries, options.encoding);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = validateOptions(options);
  if (options.recursive) {
    readdirRecursive(path, true, options.encoding).then(
      (entries) => callback(null, new Dir(path, entries, options.encoding)),
      (err) => callback(asOpendirError(err, true)));
    return;
  }
  callAsync('readdir', (err, pairs) => {
    if (err) callback(asOpendirError(err, true));
    else callback(null, new Dir(path, flatEntries(path, pairs), options.encoding));
  }, path, true);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = validateOptions(options);
  return new Promise((resolve, reject) => {
    opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
