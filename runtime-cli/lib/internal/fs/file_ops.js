'use strict';
// readFile / writeFile / appendFile as requests (see utils.request), on a
// path (one native call) or an fd the caller owns (a loop of reads or
// writes from the fd's current position).

const { codes } = require('internal/fs/errors');
const {
  request, composite, callSync, callPromise, getValidatedPath, getOptions, stringToFlags,
  parseFileMode, isArrayBufferView, toUint8, encode, decode, checkAborted, validateBoolean,
} = require('internal/fs/utils');
const { writeAll, writeAllAsync } = require('internal/fs/fd_ops');

const kReadChunk = 64 * 1024;

function isFd(path) {
  return typeof path === 'number' && Number.isInteger(path) && path >= 0 && path <= 2147483647;
}

function concat(chunks, total) {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function readFdSync(fd) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const bytes = callSync('read', fd, kReadChunk, null);
    if (bytes.byteLength === 0) break;
    chunks.push(bytes);
    total += bytes.byteLength;
  }
  return concat(chunks, total);
}

async function readFd(fd, signal) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const aborted = checkAborted(signal);
    if (aborted) throw aborted;
    const bytes = await callPromise('read', fd, kReadChunk, null);
    if (bytes.byteLength === 0) break;
    chunks.push(bytes);
    total += bytes.byteLength;
  }
  return concat(chunks, total);
}

// An abort check before the work starts and after it ends (the native
// read itself cannot be interrupted).
function guarded(signal, work) {
  return async () => {
    let aborted = checkAborted(signal);
    if (aborted) throw aborted;
    const value = await work();
    aborted = checkAborted(signal);
    if (aborted) throw aborted;
    return value;
  };
}

function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag, 'flags');
  const encoding = options.encoding;
  const finish = (bytes) => decode(bytes, encoding);
  if (isFd(path)) {
    return composite(() => finish(readFdSync(path)),
      guarded(options.signal, async () => finish(await readFd(path, options.signal))));
  }
  path = getValidatedPath(path);
  if (options.signal !== undefined) {
    return composite(() => finish(callSync('readFile', path, flags)),
      guarded(options.signal, async () => finish(await callPromise('readFile', path, flags))));
  }
  return request('readFile', [path, flags], finish);
}

// The bytes to write: a string's encoding or a view of a buffer.
function dataToWrite(data, encoding) {
  if (isArrayBufferView(data)) return toUint8(data);
  if (typeof data !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return encode(data, encoding);
}

function writeFile(path, data, options, defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const bytes = dataToWrite(data, options.encoding);
  const flags = stringToFlags(options.flag || defaultFlag, 'flags');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (options.flush != null) validateBoolean(options.flush, 'options.flush');
  if (isFd(path)) {
    return composite(() => {
      writeAll(path, bytes, null);
    }, guarded(options.signal, async () => {
      await writeAllAsync(path, bytes, null);
    }));
  }
  path = getValidatedPath(path);
  if (options.flush || options.signal !== undefined) {
    return composite(() => {
      writeThenFlushSync(path, bytes, flags, mode, options.flush);
    }, guarded(options.signal, () => writeThenFlush(path, bytes, flags, mode, options.flush)));
  }
  return request('writeFile', [path, bytes, flags, mode], () => undefined);
}

function writeThenFlushSync(path, bytes, flags, mode, flush) {
  if (!flush) {
    callSync('writeFile', path, bytes, flags, mode);
    return;
  }
  const fd = callSync('open', path, flags, mode);
  try {
    writeAll(fd, bytes, null);
    callSync('fsync', fd);
  } finally {
    callSync('close', fd);
  }
}

async function writeThenFlush(path, bytes, flags, mode, flush) {
  if (!flush) {
    await callPromise('writeFile', path, bytes, flags, mode);
    return;
  }
  const fd = await callPromise('open', path, flags, mode);
  try {
    await writeAllAsync(fd, bytes, null);
    await callPromise('fsync', fd);
  } finally {
    await callPromise('close', fd);
  }
}

function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return writeFile(path, data, options, 'a');
}

module.exports = { isFd, readFile, writeFile, appendFile, dataToWrite, readFdSync, readFd };
