'use strict';
// fs.promises / require('fs/promises'): the request builders of
// internal/fs/*_ops.js run as promises (argument errors reject, as in
// Node's async functions), plus open() → FileHandle.

const { codes } = require('internal/fs/errors');
const {
  runPromise, callPromise, getValidatedPath, isArrayBufferView, getOptions, stringToFlags,
  parseFileMode, checkAborted,
} = require('internal/fs/utils');
const constants = require('internal/fs/constants');
const paths = require('internal/fs/path_ops');
const fds = require('internal/fs/fd_ops');
const files = require('internal/fs/file_ops');
const { FileHandle, writeData, kUse } = require('internal/fs/filehandle');
const { opendirPromise } = require('internal/fs/dir');
const { cpPromise } = require('internal/fs/cp');
const { getValidMode } = paths;

function promiseForm(build) {
  return async function(...args) {
    return runPromise(build(...args));
  };
}

async function open(path, flags, mode) {
  const fd = await runPromise(fds.open(path, flags, mode));
  return new FileHandle(fd);
}

async function access(path, mode) {
  return runPromise(paths.access(path, mode ?? constants.F_OK));
}

async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  path = getValidatedPath(path);
  return runPromise(files.readFile(path, options));
}

function isIterableData(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

async function writeOrAppend(path, data, options, flag) {
  if (path instanceof FileHandle) return writeData(path[kUse]('writeFile'), data, options, flag);
  if (!isIterableData(data)) {
    if (typeof data !== 'string' && !isArrayBufferView(data)) {
      throw new codes.ERR_INVALID_ARG_TYPE('data',
        ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return runPromise(flag === 'a' ? files.appendFile(path, data, options) : files.writeFile(path, data, options));
  }
  // Chunks from an iterable: open once, write each in turn.
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  path = getValidatedPath(path);
  const fd = await callPromise('open', path, stringToFlags(options.flag || flag),
    parseFileMode(options.mode, 'mode', 0o666));
  try {
    for await (const chunk of data) {
      const aborted = checkAborted(options.signal);
      if (aborted) throw aborted;
      await runPromise(files.writeFile(fd, chunk, { encoding: options.encoding }));
    }
  } finally {
    await callPromise('close', fd);
  }
  return undefined;
}

async function writeFile(path, data, options) {
  return writeOrAppend(path, data, options, 'w');
}

async function appendFile(path, data, options) {
  return writeOrAppend(path, data, options, 'a');
}

async function truncate(path, len = 0) {
  return runPromise(paths.truncate(path, len));
}

async function rmdir(path, options) {
  return runPromise(paths.rmdir(path, options));
}

async function statfs() {
  throw new codes.ERR_FS_NOT_SUPPORTED('promises.statfs');
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

const exportsObject = {
  access,
  copyFile: promiseForm(paths.copyFile),
  cp: async (src, dest, options) => cpPromise(src, dest, options),
  open,
  opendir: opendirPromise,
  rename: promiseForm(paths.rename),
  truncate,
  rm: promiseForm(paths.rm),
  rmdir,
  mkdir: promiseForm(paths.mkdir),
  readdir: promiseForm(paths.readdir),
  readlink: promiseForm(paths.readlink),
  symlink: promiseForm(paths.symlink),
  lstat: promiseForm(paths.lstat),
  stat: promiseForm(paths.stat),
  statfs,
  link: promiseForm(paths.link),
  unlink: promiseForm(paths.unlink),
  chmod: promiseForm(paths.chmod),
  lchmod: undefined,
  lchown: promiseForm(paths.lchown),
  chown: promiseForm(paths.chown),
  utimes: promiseForm(paths.utimes),
  lutimes: promiseForm(paths.lutimes),
  // The promise form is the native realpath, as in Node.
  realpath: promiseForm((path, options) => paths.realpath(path, options, true)),
  mkdtemp: promiseForm(paths.mkdtemp),
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = { exports: exportsObject, FileHandle, getValidMode };
