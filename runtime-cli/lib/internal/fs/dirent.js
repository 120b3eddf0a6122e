'use strict';
// fs.Dirent, and the readdir listing (flat or recursive) both readdir and
// Dir use.

const {
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK, UV_DIRENT_UNKNOWN,
} = require('internal/fs/constants');
const { callSync, callPromise, decode } = require('internal/fs/utils');
const pathModule = require('path');

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }

  isFile() { return this[kType] === UV_DIRENT_FILE; }

  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }

  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }

  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }

  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }

  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A name in the requested encoding: a string, or a Buffer for 'buffer'.
function encodeName(name, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return name;
  return decode(binding.buffer.fromString(name, 'utf8'), encoding);
}

function toEntries(pairs, dir, withFileTypes, encoding) {
  if (!withFileTypes) return pairs.map(([name]) => encodeName(name, encoding));
  return pairs.map(([name, type]) => new Dirent(encodeName(name, encoding), type, dir));
}

// Directories to descend into during a recursive listing. Node follows the
// reported type, but a names-only listing also descends through symlinks to
// directories; entries the OS could not type are stat'ed.
function isDirPair(dir, [name, type], followLinks) {
  if (type === UV_DIRENT_DIR) return true;
  if (type !== UV_DIRENT_UNKNOWN && !(followLinks && type === UV_DIRENT_LINK)) return false;
  try {
    return (callSync('stat', pathModule.join(dir, name))[1] & 0o170000) === 0o040000;
  } catch {
    return false;
  }
}

// Node's recursive order: all of a directory's entries, then each
// subdirectory's in turn (names relative to the root for plain listings).
function readdirRecursiveSync(root, withFileTypes, encoding) {
  const out = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const pairs = callSync('readdir', dir, true);
    appendLevel(out, queue, root, dir, pairs, withFileTypes, encoding);
  }
  return out;
}

async function readdirRecursive(root, withFileTypes, encoding) {
  const out = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const pairs = await callPromise('readdir', dir, true);
    appendLevel(out, queue, root, dir, pairs, withFileTypes, encoding);
  }
  return out;
}

function appendLevel(out, queue, root, dir, pairs, withFileTypes, encoding) {
  const rel = pathModule.relative(root, dir);
  for (const pair of pairs) {
    if (withFileTypes) out.push(new Dirent(encodeName(pair[0], encoding), pair[1], dir));
    else out.push(encodeName(rel === '' ? pair[0] : pathModule.join(rel, pair[0]), encoding));
    if (isDirPair(dir, pair, !withFileTypes)) queue.push(pathModule.join(dir, pair[0]));
  }
}

module.exports = {
  Dirent, kType, toEntries, readdirRecursiveSync, readdirRecursive,
};
