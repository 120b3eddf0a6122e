'use strict';
// fs.cp / fs.cpSync / fsPromises.cp, in JavaScript on the other
// operations. The copy is written once as a generator that yields the
// native operations it needs ([op, ...args]); a sync driver runs them on
// the spot, an async driver on the thread pool. (Node's own checks and
// SystemError codes: ERR_FS_CP_*, ERR_FS_EISDIR.)

const pathModule = require('path');
const { codes, systemError } = require('internal/fs/errors');
const {
  callSync, callPromise, getValidatedPath, validateBoolean, validateFunction, makeCallback,
} = require('internal/fs/utils');
const { getValidMode } = require('internal/fs/path_ops');
const { getStats } = require('internal/fs/stats');
const { COPYFILE_EXCL } = require('internal/fs/constants');

function validateCpOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  options = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, ...options,
  };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks']) {
    validateBoolean(options[key], `options.${key}`);
  }
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// Operations yielded by the copy: native ops, plus 'filter'.
function* statOf(path, follow, missingOk) {
  try {
    return getStats(yield [follow ? 'stat' : 'lstat', path]);
  } catch (err) {
    if (missingOk && err && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function isSrcSubdir(src, dest) {
  const srcParts = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destParts = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

function identical(a, b) {
  return b !== undefined && a.ino === b.ino && a.dev === b.dev && a.ino !== 0;
}

function* checkPaths(src, dest, opts) {
  const srcStat = yield* statOf(src, opts.dereference, false);
  const destStat = yield* statOf(dest, opts.dereference, true);
  if (identical(srcStat, destStat)) {
    throw systemError('ERR_FS_CP_EINVAL', 'EINVAL', 'cp', 'src and dest cannot be the same', dest);
  }
  if (destStat !== undefined) {
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw systemError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR', 'cp',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw systemError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR', 'cp',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw systemError('ERR_FS_CP_EINVAL', 'EINVAL', 'cp',
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

function* copyRoot(src, dest, opts) {
  const { srcStat, destStat } = yield* checkPaths(src, dest, opts);
  if (opts.filter && !(yield ['filter', src, dest])) return;
  const parent = pathModule.dirname(dest);
  if (!(yield ['exists', parent])) yield ['mkdir', parent, 0o777, true];
  yield* copyEntry(srcStat, destStat, src, dest, opts);
}

function* copyEntry(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      const err = systemError('ERR_FS_EISDIR', 'EISDIR', 'cp', `${src} is a directory (not copied)`, src);
      // Node's cpSync reports this EISDIR with EINVAL's errno.
      if (opts.sync) err.errno = err.info.errno = 22;
      throw err;
    }
    yield* copyDir(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    yield* copyFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw systemError('ERR_FS_CP_SOCKET', 'EINVAL', 'cp', `cannot copy a socket file: ${dest}`, dest);
  } else if (srcStat.isFIFO()) {
    throw systemError('ERR_FS_CP_FIFO_PIPE', 'EINVAL', 'cp', `cannot copy a FIFO pipe: ${dest}`, dest);
  } else {
    throw systemError('ERR_FS_CP_UNKNOWN', 'EINVAL', 'cp', `cannot copy an unknown file type: ${dest}`, dest);
  }
}

function* copyFile(srcStat, destStat, src, dest, opts) {
  if (destStat !== undefined) {
    if (opts.force) {
      yield ['unlink', dest];
    } else {
      if (opts.errorOnExist) {
        throw systemError('ERR_FS_CP_EEXIST', 'EEXIST', 'cp', `${dest} already exists`, dest);
      }
      return;
    }
  }
  yield ['copyFile', src, dest, opts.mode & ~COPYFILE_EXCL];
  if (opts.preserveTimestamps) {
    yield ['utimes', dest, srcStat.atimeMs / 1000, srcStat.mtimeMs / 1000];
  }
  yield ['chmod', dest, srcStat.mode & 0o7777];
}

function* copyDir(srcStat, destStat, src, dest, opts) {
  if (destStat === undefined) yield ['mkdir', dest, srcStat.mode & 0o7777, false];
  const entries = yield ['readdir', src, false];
  for (const [name] of entries) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    if (opts.filter && !(yield ['filter', srcItem, destItem])) continue;
    const stats = yield* checkPaths(srcItem, destItem, opts);
    yield* copyEntry(stats.srcStat, stats.destStat, srcItem, destItem, opts);
  }
  if (destStat === undefined) yield ['chmod', dest, srcStat.mode & 0o7777];
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  if (destStat === undefined) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is not a symlink: symlink() over it reports EEXIST, as in Node.
    if (err && (err.code === 'EINVAL' || err.code === 'UNKNOWN')) {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) {
    destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  }
  // Replacing dest would break the link being copied, or point into itself.
  if (isSrcSubdir(target, destTarget)) {
    throw systemError('ERR_FS_CP_EINVAL', 'EINVAL', 'cp',
      `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
  }
  const destTargetStat = yield* statOf(dest, true, true);
  if (destTargetStat && destTargetStat.isDirectory() && isSrcSubdir(destTarget, target)) {
    throw systemError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'EINVAL', 'cp',
      `cannot overwrite ${destTarget} with ${target}`, dest);
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

// ---- drivers --------------------------------------------------------------

function driveSync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let result;
    try {
      result = op === 'filter' ? opts.filter(...args) : callSync(op, ...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(result);
  }
  return step.value;
}

async function driveAsync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let result;
    try {
      result = op === 'filter' ? await opts.filter(...args) : await callPromise(op, ...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(result);
  }
  return step.value;
}

function cpSync(src, dest, options) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const opts = { ...validateCpOptions(options), sync: true };
  driveSync(copyRoot(src, dest, opts), opts);
}

function cpPromise(src, dest, options) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const opts = validateCpOptions(options);
  return driveAsync(copyRoot(src, dest, opts), opts);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  cpPromise(src, dest, options).then(() => callback(null), (err) => callback(err));
}

module.exports = { cp, cpSync, cpPromise };
