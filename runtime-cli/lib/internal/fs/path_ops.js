'use strict';
// The path-based operations as requests (see utils.request): each builder
// validates its arguments the way Node does and says how to shape the
// native result. fs.js runs them synchronously or with a callback,
// fs/promises with a promise.

const { codes, systemError } = require('internal/fs/errors');
const {
  request, composite, getValidatedPath, getOptions, parseFileMode, validateBoolean, validateInteger,
  validateUint32, validateId, toUnixTimestamp, encodePath, callSync,
} = require('internal/fs/utils');
const { getStats } = require('internal/fs/stats');
const { toEntries, readdirRecursiveSync, readdirRecursive } = require('internal/fs/dirent');
const pathModule = require('path');
const { F_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } =
  require('internal/fs/constants');

// access() and copyFile() modes: Node words these errors by hand.
function getValidMode(mode, kind) {
  const max = kind === 'copyFile' ? (COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE) : 7;
  const def = kind === 'copyFile' ? 0 : F_OK;
  if (mode == null) return def;
  // Any number is accepted and truncated, as Node's binding reads an int32.
  if (typeof mode === 'number' && mode >= -2147483648 && mode <= 2147483647) {
    if (mode >= 0 && mode <= max) return mode | 0;
    throw new codes.ERR_OUT_OF_RANGE_TEXT(`mode is out of range: >= 0 && <= ${max}`);
  }
  throw new codes.ERR_INVALID_ARG_TYPE_TEXT('mode must be int32 or null/undefined');
}

// stat's options are read, never validated: only `bigint: true` counts.
function statOptions(options) {
  return { bigint: options != null && options.bigint === true };
}

function access(path, mode) {
  return request('access', [getValidatedPath(path), getValidMode(mode, 'access')]);
}

function stat(path, options, kind = 'stat') {
  options = statOptions(options);
  return request(kind, [getValidatedPath(path)], (n) => getStats(n, options.bigint));
}

function lstat(path, options) {
  return stat(path, options, 'lstat');
}

function readdir(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const withFileTypes = !!options.withFileTypes;
  if (options.recursive) {
    return composite(() => readdirRecursiveSync(path, withFileTypes, options.encoding),
      () => readdirRecursive(path, withFileTypes, options.encoding));
  }
  return request('readdir', [path, withFileTypes],
    (pairs) => toEntries(pairs, path, withFileTypes, options.encoding));
}

function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return request('mkdir', [getValidatedPath(path), mode, recursive],
    (first) => (recursive ? first : undefined));
}

function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return request('mkdtemp', [prefix], (p) => encodePath(p, options.encoding));
}

function validateRmOptions(options) {
  options = { force: false, recursive: false, maxRetries: 0, retryDelay: 100, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInteger(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

// A directory without `recursive` is Node's SystemError ERR_FS_EISDIR.
function rmError(err) {
  if (err && err.code === 'EISDIR' && err.syscall === 'rm') {
    return systemError('ERR_FS_EISDIR', 'EISDIR', 'rm', 'is a directory', err.path);
  }
  return err;
}

function rm(path, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  options = validateRmOptions(options);
  return request('rm', [getValidatedPath(path), options.recursive, options.force],
    undefined, rmError);
}

let warnedRmdir = false;
function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    validateRmOptions({ ...options, force: false });
    if (!warnedRmdir) {
      warnedRmdir = true;
      process.emitWarning(
        'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
        'will be removed. Use fs.rm(path, { recursive: true }) instead',
        'DeprecationWarning', 'DEP0147');
    }
    return request('rm', [path, true, false], undefined, rmError);
  }
  return request('rmdir', [path]);
}

function unlink(path) {
  return request('unlink', [getValidatedPath(path)]);
}

function rename(oldPath, newPath) {
  return request('rename', [getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath')]);
}

function copyFile(src, dest, mode) {
  return request('copyFile',
    [getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 'copyFile')]);
}

function symlink(target, path, type) {
  if (type != null && typeof type === 'string' &&
      type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  return request('symlink', [getValidatedPath(target, 'target'), getValidatedPath(path)]);
}

function link(existingPath, newPath) {
  return request('link',
    [getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath')]);
}

function readlink(path, options) {
  options = getOptions(options);
  return request('readlink', [getValidatedPath(path)], (p) => encodePath(p, options.encoding));
}

// Node's JavaScript realpath walks the path with lstat, following links,
// and reports the first component it cannot find; find that one the same
// way (only when the native realpath has failed).
function realpathError(err) {
  if (!err || (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') || typeof err.path !== 'string') {
    return err;
  }
  return walkForError(pathModule.resolve(err.path), 0) || err;
}

function walkForError(path, depth) {
  let current = '/';
  for (const part of path.split('/').filter(Boolean)) {
    const next = pathModule.join(current, part);
    let numbers;
    try {
      numbers = callSync('lstat', next);
    } catch (e) {
      return e;
    }
    if ((numbers[1] & 0o170000) !== 0o120000) {
      current = next;
      continue;
    }
    try {
      current = callSync('realpath', next);
    } catch {
      // A dangling link: the walk continues at its target.
      if (depth > 40) return undefined;
      const target = pathModule.resolve(current, callSync('readlink', next));
      return walkForError(target, depth + 1);
    }
  }
  return undefined;
}

function realpath(path, options, nativeForm = false) {
  options = getOptions(options);
  return request('realpath', [getValidatedPath(path)], (p) => encodePath(p, options.encoding),
    nativeForm ? undefined : realpathError);
}

function chmod(path, mode) {
  return request('chmod', [getValidatedPath(path), parseFileMode(mode, 'mode')]);
}

function chown(path, uid, gid, kind = 'chown') {
  path = getValidatedPath(path);
  return request(kind, [path, validateId(uid, 'uid'), validateId(gid, 'gid')]);
}

function lchown(path, uid, gid) {
  return chown(path, uid, gid, 'lchown');
}

function utimes(path, atime, mtime, kind = 'utimes') {
  path = getValidatedPath(path);
  return request(kind, [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)]);
}

function lutimes(path, atime, mtime) {
  return utimes(path, atime, mtime, 'lutimes');
}

// truncate(path, len): len is checked before the file is opened.
function truncate(path, len = 0) {
  path = getValidatedPath(path);
  validateInteger(len, 'len');
  return request('truncate', [path, Math.max(0, len)]);
}

module.exports = {
  truncate,
  getValidMode, access, stat, lstat, readdir, mkdir, mkdtemp, rm, rmdir, unlink, rename,
  copyFile, symlink, link, readlink, realpath, chmod, chown, lchown, utimes, lutimes,
  validateRmOptions, rmError,
};
