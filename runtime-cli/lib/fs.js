'use strict';
// Node's `fs` module: the first calls, sync and callback forms. The
// streams-and-fs issue completes it.

const { codes, validateFunction } = require('internal/errors');
const native = binding.fs;

function toPath(p, name = 'path') {
  if (typeof p === 'string') return p;
  if (p !== null && typeof p === 'object' && typeof p.href === 'string') {
    return require('internal/url_path').fileURLToPath(p);
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object') return options.encoding;
  return undefined;
}

// Until Buffer exists (core-library issue): bytes come back as a Uint8Array,
// text only as UTF-8.
function checkEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return false;
  if (encoding === 'utf8' || encoding === 'utf-8') return true;
  const err = new TypeError(`The "${encoding}" encoding is not supported by this runtime yet`);
  err.code = 'ERR_UNKNOWN_ENCODING';
  throw err;
}

function readFileSync(path, options) {
  const utf8 = checkEncoding(encodingOf(options));
  path = toPath(path);
  return utf8 ? native.readFileUtf8(path) : native.readFile(path);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const utf8 = checkEncoding(encodingOf(options));
  native.readFileAsync(toPath(path), (err, bytes) => {
    if (err) callback(err);
    else callback(null, utf8 ? native.utf8Decode(bytes) : bytes);
  });
}

function writeFileSync(path, data, options) {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const flag = options && typeof options === 'object' ? options.flag : undefined;
  native.writeFile(toPath(path), data, flag === 'a');
}

function appendFileSync(path, data) {
  native.writeFile(toPath(path), typeof data === 'string' ? data : data, true);
}

function existsSync(path) {
  try {
    return native.exists(toPath(path));
  } catch {
    return false;
  }
}

const S_IFMT = 0o170000;

class Stats {
  constructor(n) {
    [this.dev, this.mode, this.nlink, this.uid, this.gid, this.rdev, this.blksize, this.ino,
      this.size, this.blocks, this.atimeMs, this.mtimeMs, this.ctimeMs, this.birthtimeMs] = n;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }

  isFile() { return (this.mode & S_IFMT) === 0o100000; }

  isDirectory() { return (this.mode & S_IFMT) === 0o040000; }

  isSymbolicLink() { return (this.mode & S_IFMT) === 0o120000; }

  isFIFO() { return (this.mode & S_IFMT) === 0o010000; }

  isSocket() { return (this.mode & S_IFMT) === 0o140000; }

  isCharacterDevice() { return (this.mode & S_IFMT) === 0o020000; }

  isBlockDevice() { return (this.mode & S_IFMT) === 0o060000; }
}

function statSync(path) {
  return new Stats(native.stat(toPath(path)));
}

function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFunction(callback, 'cb');
  native.statAsync(toPath(path), (err, nums) => {
    if (err) callback(err);
    else callback(null, new Stats(nums));
  });
}

module.exports = {
  readFileSync, readFile, writeFileSync, appendFileSync, existsSync, statSync, stat, Stats,
};
