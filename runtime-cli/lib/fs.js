'use strict';
// Node's `fs` module: the synchronous and callback forms. Each operation's
// argument checks and result shaping live once, as a request built in
// internal/fs/{path_ops,fd_ops,file_ops}.js; here they run synchronously
// (runSync) or on the thread pool with a callback (runCallback), so a
// callback form never blocks the loop.

const { codes } = require('internal/fs/errors');
const {
  runSync, runCallback, makeCallback, validateFunction, getValidatedPath, callSync, asBuffer,
  isArrayBufferView, validateFd,
} = require('internal/fs/utils');
const constants = require('internal/fs/constants');
const paths = require('internal/fs/path_ops');
const fds = require('internal/fs/fd_ops');
const files = require('internal/fs/file_ops');
const { Stats, BigIntStats } = require('internal/fs/stats');
const { Dirent } = require('internal/fs/dirent');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');
const { cp, cpSync } = require('internal/fs/cp');
const watchers = require('internal/fs/watchers');

// Optional-argument shuffling: (a, cb) → (a, undefined, cb).
function lastFn(args) {
  for (let i = args.length - 1; i >= 0; i--) {
    if (typeof args[i] === 'function') return i;
  }
  return -1;
}

// A callback form for a request builder taking `arity` arguments before the
// callback, where trailing arguments are optional.
function callbackForm(build, arity, callbackFirst = false) {
  return function(...args) {
    let callback = args[arity];
    if (typeof callback !== 'function') {
      const i = lastFn(args.slice(0, arity + 1));
      if (i >= 0) {
        callback = args[i];
        args = args.slice(0, i);
      }
    }
    if (callbackFirst) makeCallback(callback);
    const req = build(...args.slice(0, arity));
    runCallback(req, makeCallback(callback));
  };
}

function syncForm(build) {
  return (...args) => runSync(build(...args));
}

// ---- path operations ------------------------------------------------------

const accessSync = syncForm(paths.access);
const access = callbackForm(paths.access, 2);
const chmodSync = syncForm(paths.chmod);
const chmod = callbackForm(paths.chmod, 2);
const chownSync = syncForm(paths.chown);
const chown = callbackForm(paths.chown, 3);
const lchownSync = syncForm(paths.lchown);
const lchown = callbackForm(paths.lchown, 3);
const copyFileSync = syncForm(paths.copyFile);
const copyFile = callbackForm(paths.copyFile, 3);
const linkSync = syncForm(paths.link);
const link = callbackForm(paths.link, 2);
const mkdirSync = syncForm(paths.mkdir);
const mkdir = callbackForm(paths.mkdir, 2);
const mkdtempSync = syncForm(paths.mkdtemp);
const mkdtemp = callbackForm(paths.mkdtemp, 2);
const readdirSync = syncForm(paths.readdir);
const readdir = callbackForm(paths.readdir, 2);
const readlinkSync = syncForm(paths.readlink);
const readlink = callbackForm(paths.readlink, 2);
const renameSync = syncForm(paths.rename);
const rename = callbackForm(paths.rename, 2);
const rmSync = syncForm(paths.rm);
const rm = callbackForm(paths.rm, 2);
const rmdirSync = syncForm(paths.rmdir);
const rmdir = callbackForm(paths.rmdir, 2);
const symlinkSync = syncForm(paths.symlink);
// Node takes symlink's callback from the last argument, whatever it is.
function symlink(target, path, type, callback) {
  callback = arguments[arguments.length - 1];
  if (typeof type === 'function') type = undefined;
  const req = paths.symlink(target, path, type);
  runCallback(req, makeCallback(callback));
}
const unlinkSync = syncForm(paths.unlink);
const unlink = callbackForm(paths.unlink, 1);
const utimesSync = syncForm(paths.utimes);
const utimes = callbackForm(paths.utimes, 3);
const lutimesSync = syncForm(paths.lutimes);
const lutimes = callbackForm(paths.lutimes, 3);
const lstat = callbackForm(paths.lstat, 2, true);
const stat = callbackForm(paths.stat, 2, true);

// A missing entry is `undefined` with throwIfNoEntry: false.
function statSyncWith(build) {
  return function(path, options = { bigint: false, throwIfNoEntry: true }) {
    try {
      return runSync(build(path, options));
    } catch (err) {
      if (options && options.throwIfNoEntry === false && err && err.code === 'ENOENT' &&
          typeof err.syscall === 'string') {
        return undefined;
      }
      throw err;
    }
  };
}
const statSync = statSyncWith(paths.stat);
const lstatSync = statSyncWith(paths.lstat);

function realpathSync(path, options) {
  return runSync(paths.realpath(path, options));
}
realpathSync.native = function(path, options) {
  return runSync(paths.realpath(path, options, true));
};
const realpath = callbackForm(paths.realpath, 2);
realpath.native = callbackForm((path, options) => paths.realpath(path, options, true), 2);

// truncate(fd) is the deprecated spelling of ftruncate (DEP0081).
let warnedTruncateFd = false;
function warnTruncateFd() {
  if (warnedTruncateFd) return;
  warnedTruncateFd = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
    ' Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

// As in Node, the file is opened before `len` is checked.
function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  const fd = openSync(path, 'r+');
  try {
    return ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  return callbackForm(paths.truncate, 2)(path, len, callback);
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return callSync('exists', path);
}

// Deprecated (DEP0034): the callback gets one boolean, not an error.
function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    access(path, constants.F_OK, (err) => callback(!err));
  } catch {
    callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

// ---- fd operations --------------------------------------------------------

const openSync = syncForm(fds.open);
const closeSync = syncForm(fds.close);
const fstatSync = syncForm(fds.fstat);
const fstat = callbackForm(fds.fstat, 2, true);
const fsyncSync = syncForm(fds.fsync);
const fsync = callbackForm(fds.fsync, 1);
const fdatasyncSync = syncForm(fds.fdatasync);
const fdatasync = callbackForm(fds.fdatasync, 1);
const ftruncateSync = syncForm(fds.ftruncate);
const ftruncate = callbackForm(fds.ftruncate, 2);
const fchmodSync = syncForm(fds.fchmod);
const fchmod = callbackForm(fds.fchmod, 2);
const fchownSync = syncForm(fds.fchown);
const fchown = callbackForm(fds.fchown, 3);
const futimesSync = syncForm(fds.futimes);
const futimes = callbackForm(fds.futimes, 3);

function open(path, flags, mode, callback) {
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = undefined;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  const req = fds.open(path, flags, mode);
  runCallback(req, makeCallback(callback));
}

// Node's default close callback rethrows a failure.
function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  const req = fds.close(fd);
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  runCallback(req, callback);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  fds.validateBuffer(buffer);
  const p = fds.readSyncParams(arguments.length, buffer, offsetOrOptions, length, position);
  return runSync(fds.read(fd, p));
}

// fs.read forms: (fd, buffer, offset, length, position, cb),
// (fd, buffer, options, cb), (fd, options, cb), (fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let params;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      fds.validateOptionsObject(offsetOrOptions);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        buffer = (params && params.buffer) ?? asBuffer(new Uint8Array(16384));
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = asBuffer(new Uint8Array(16384));
    }
    fds.validateOptionsObject(params);
    const o = params ?? {};
    offset = o.offset ?? 0;
    length = o.length ?? (buffer ? buffer.byteLength - offset : 0);
    position = o.position ?? null;
  }
  fds.validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const p = fds.readParams(buffer, offset, length, position);
  runCallback(fds.read(fd, p), (err, n) => callback(err, n || 0, buffer));
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  return runSync(fds.write(fd, fds.writeSyncParams(buffer, offsetOrOptions, length, position)));
}

// fs.write forms: (fd, buffer, offset?, length?, position?, cb),
// (fd, buffer, options, cb), (fd, string, position?, encoding?, cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let p;
  if (isArrayBufferView(buffer)) {
    callback = [callback, position, length, offsetOrOptions].find((f) => typeof f === 'function');
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    p = fds.bufferWriteParams(buffer, offset, typeof length === 'function' ? undefined : length,
      typeof position === 'function' ? undefined : position);
  } else {
    if (typeof position !== 'function') {
      if (typeof offsetOrOptions === 'function') {
        position = offsetOrOptions;
        offsetOrOptions = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    callback = position;
    p = fds.stringWriteParams(buffer, offsetOrOptions, length);
  }
  validateFunction(callback, 'cb');
  runCallback(fds.write(fd, p), (err, n) => callback(err, n || 0, buffer));
}

function readvSync(fd, buffers, position) {
  return runSync(fds.readv(fd, buffers, position));
}

function readv(fd, buffers, position, callback) {
  // Node takes the callback from `callback || position`.
  callback ||= position;
  if (typeof position === 'function') position = null;
  const req = fds.readv(fd, buffers, position);
  validateFunction(callback, 'cb');
  runCallback(req, (err, n) => callback(err, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  return runSync(fds.writev(fd, buffers, position));
}

function writev(fd, buffers, position, callback) {
  // Node takes the callback from `callback || position`.
  callback ||= position;
  if (typeof position === 'function') position = null;
  const req = fds.writev(fd, buffers, position);
  validateFunction(callback, 'cb');
  runCallback(req, (err, n) => callback(err, n || 0, buffers));
}

// ---- whole files ----------------------------------------------------------

function readFileSync(path, options) {
  return runSync(files.readFile(path, options));
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  runCallback(files.readFile(path, typeof options === 'function' ? undefined : options), callback);
}

function writeFileSync(path, data, options) {
  runSync(files.writeFile(path, data, options));
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const req = files.writeFile(path, data, typeof options === 'function' ? undefined : options);
  runCallback(req, (err) => callback(err));
}

function appendFileSync(path, data, options) {
  runSync(files.appendFile(path, data, options));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const req = files.appendFile(path, data, typeof options === 'function' ? undefined : options);
  runCallback(req, (err) => callback(err));
}

// Needs a native statfs (wanted: op `statfs(path)` → numbers).
function statfsSync() {
  throw new codes.ERR_FS_NOT_SUPPORTED('statfsSync');
}

function statfs() {
  throw new codes.ERR_FS_NOT_SUPPORTED('statfs');
}

function openAsBlob() {
  throw new codes.ERR_FS_NOT_SUPPORTED('openAsBlob');
}

// Node's exported `_toUnixTimestamp` helper.
const { toUnixTimestamp: _toUnixTimestamp } = require('internal/fs/utils');

module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync, cp, cpSync,
  createReadStream: (...a) => require('internal/fs/streams').createReadStream(...a),
  createWriteStream: (...a) => require('internal/fs/streams').createWriteStream(...a),
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync,
  lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync,
  open, openSync, openAsBlob, readdir, readdirSync, read, readSync, readv, readvSync,
  readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync,
  rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync,
  truncate, truncateSync, unwatchFile: watchers.unwatchFile, unlink, unlinkSync,
  utimes, utimesSync, watch: watchers.watch, watchFile: watchers.watchFile,
  writeFile, writeFileSync, write, writeSync, writev, writevSync,
  Dirent, Stats, BigIntStats, _toUnixTimestamp, Dir, opendir, opendirSync,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  constants,
};

// Streams and promises load on first use: most scripts need neither.
for (const [name, load] of [
  ['ReadStream', () => require('internal/fs/streams').ReadStream],
  ['WriteStream', () => require('internal/fs/streams').WriteStream],
  ['FileReadStream', () => require('internal/fs/streams').ReadStream],
  ['FileWriteStream', () => require('internal/fs/streams').WriteStream],
  ['promises', () => require('internal/fs/promises').exports],
]) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get: load,
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
