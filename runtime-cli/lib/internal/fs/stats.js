'use strict';
// fs.Stats and fs.BigIntStats, built from the native's 18 numbers:
// [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
//  atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec,
//  birthtimeSec, birthtimeNsec].

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } =
  require('internal/fs/constants');

// The type tests shared by both classes; `mode` may be a number or a bigint.
class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }

  isFile() { return this._checkModeProperty(S_IFREG); }

  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }

  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }

  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }

  isFIFO() { return this._checkModeProperty(S_IFIFO); }

  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }

  // Node overrides isFile so that a Stats made by hand with mode undefined
  // still answers false.
  isFile() { return this._checkModeProperty(S_IFREG); }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = dateFromMs(this.atimeMs);
    this.mtime = dateFromMs(this.mtimeMs);
    this.ctime = dateFromMs(this.ctimeMs);
    this.birthtime = dateFromMs(this.birthtimeMs);
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}

function msOf(n, i) {
  return n[i] * 1e3 + n[i + 1] / 1e6;
}

function nsOf(n, i) {
  return BigInt(n[i]) * 1000000000n + BigInt(n[i + 1]);
}

// A Stats (or BigIntStats) from the native numbers.
function getStats(n, bigint = false) {
  if (bigint) {
    const b = n.slice(0, 10).map((x) => BigInt(x));
    return new BigIntStats(...b, nsOf(n, 10), nsOf(n, 12), nsOf(n, 14), nsOf(n, 16));
  }
  return new Stats(...n.slice(0, 10), msOf(n, 10), msOf(n, 12), msOf(n, 14), msOf(n, 16));
}

module.exports = { Stats, BigIntStats, getStats };
