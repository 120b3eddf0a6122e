'use strict';
// `path.win32`: Windows path semantics (either slash separates; roots are
// '\', 'C:', 'C:\' or a UNC '\\server\share'), usable on any platform.

const { codes, validateString } = require('internal/errors');
const { normalizeSegments, basenameWithSuffix } = require('internal/path/shared');

function isSep(c) {
  return c === 47 || c === 92;
}

function isDriveLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === 58 && isDriveLetter(path.charCodeAt(0));
}

// The root of `path`: { end, device, absolute, uncOnly }. `end` is where
// the rest starts; `device` is 'C:' or '\\server\share' (or '');
// `uncOnly` marks a path that is just a UNC root. With `devices`,
// '\\.\' and '\\?\' paths have just that as the root (resolve and
// normalize see them so; dirname and parse take them for UNC roots).
function splitRoot(path, devices) {
  const len = path.length;
  const root = { end: 0, device: '', absolute: false, uncOnly: false };
  if (len === 0) return root;
  const c = path.charCodeAt(0);
  if (isSep(c)) {
    root.absolute = true;
    root.end = 1;
    if (len > 1 && isSep(path.charCodeAt(1))) {
      // '\\server\share': both parts need at least one character.
      let j = 2;
      while (j < len && !isSep(path.charCodeAt(j))) j++;
      if (j < len && j !== 2) {
        const server = path.slice(2, j);
        while (j < len && isSep(path.charCodeAt(j))) j++;
        const shareStart = j;
        if (j < len) {
          while (j < len && !isSep(path.charCodeAt(j))) j++;
          if (devices && (server === '.' || server === '?')) {
            // A device path ('\\.\COM1', '\\?\C:\x'): only '\\.' is the root.
            root.device = `\\\\${server}`;
            root.end = 4;
          } else {
            root.device = `\\\\${server}\\${path.slice(shareStart, j)}`;
            root.end = j;
            root.uncOnly = j === len;
          }
        }
      }
    }
  } else if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.end = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // Windows keeps a working directory per drive in the '=C:' variables;
      // without one for our drive, use the drive's root.
      path = process.env[`=${device}`] || process.cwd();
      if (path === undefined ||
          (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === 92)) {
        path = `${device}\\`;
      }
    }

    const root = splitRoot(path, true);
    if (root.device.length > 0) {
      if (device.length === 0) device = root.device;
      else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${path.slice(root.end)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = normalizeSegments(tail, !absolute, true);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return path === '/' ? '\\' : path;
  const root = splitRoot(path, true);
  if (root.uncOnly) return `${root.device}\\`;
  let tail = root.end < len ? normalizeSegments(path.slice(root.end), !root.absolute, true) : '';
  if (tail.length === 0 && !root.absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
  // A relative path must not come out looking like a drive or a stream
  // name ('a/../c:x' -> '.\\c:x', 'x:' -> '.\\x:').
  if (!root.absolute && root.device === '' && path.indexOf(':') !== -1) {
    if (hasDrive(tail)) return `.\\${tail}`;
    for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
      if (i === len - 1 || isSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
    }
  }
  if (root.device === '') return root.absolute ? `\\${tail}` : tail;
  return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const c = path.charCodeAt(0);
  return isSep(c) || (len > 2 && hasDrive(path) && isSep(path.charCodeAt(2)));
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // Leading slashes only make a UNC root when the first part clearly is
  // one ('\\server...'); otherwise collapse them so normalize() does not
  // take the result for a UNC path.
  const uncFirst = first.length > 2 && isSep(first.charCodeAt(0)) && isSep(first.charCodeAt(1)) &&
    !isSep(first.charCodeAt(2));
  if (!uncFirst) {
    let slashes = 0;
    while (slashes < joined.length && isSep(joined.charCodeAt(slashes))) slashes++;
    if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
  }
  return normalize(joined);
}

// Trims leading backslashes and (for UNC roots) trailing ones.
function trimmedRange(s) {
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === 92) start++;
  let end = s.length;
  while (end - 1 > start && s.charCodeAt(end - 1) === 92) end--;
  return [start, end];
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';

  const [fromStart, fromEnd] = trimmedRange(from);
  let [toStart, toEnd] = trimmedRange(to); // eslint-disable-line prefer-const
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;

  // The longest common prefix, up to its last separator (compared
  // case-insensitively, as Windows does).
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = from.charCodeAt(fromStart + i);
    if (c !== to.charCodeAt(toStart + i)) break;
    if (c === 92) lastCommonSep = i;
  }

  if (i !== length) {
    // Different roots: nothing in common.
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      // `from` is a prefix of `to`: 'C:\a' -> 'C:\a\b', or a drive root.
      if (to.charCodeAt(toStart + i) === 92) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > length) {
      // `to` is a prefix of `from`: 'C:\a\b' -> 'C:\a', or a drive root.
      if (from.charCodeAt(fromStart + i) === 92) lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }

  // One '..' per remaining segment of `from`, then the rest of `to`.
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
    if (i === fromEnd || from.charCodeAt(i) === 92) out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === 92) toStart++;
  return toOrig.slice(toStart, toEnd);
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === 92) {
    // '\\server\share\x' -> '\\?\UNC\server\share\x' (not '\\?\' or '\\.\').
    if (resolved.charCodeAt(1) === 92) {
      const c = resolved.charCodeAt(2);
      if (c !== 63 && c !== 46) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (hasDrive(resolved) && resolved.charCodeAt(2) === 92) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// Where the root ends for dirname/parse: past a drive ('C:' or 'C:\'), a
// single leading slash, or a UNC root and the separator after it.
function rootLength(path) {
  const root = splitRoot(path, false);
  if (root.device !== '' && root.device.charCodeAt(0) === 92) {
    return root.uncOnly ? root.end : root.end + 1;
  }
  return root.end;
}

function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path.charCodeAt(0)) ? path : '.';
  const root = splitRoot(path, false);
  if (root.uncOnly) return path;
  const rootEnd = root.end === 0 ? -1 : rootLength(path);
  const offset = rootEnd === -1 ? 0 : rootEnd;
  let end = -1;
  let matchedSlash = true;
  for (let i = len - 1; i >= offset; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) {
    if (rootEnd === -1) return '.';
    end = rootEnd;
  }
  return path.slice(0, end);
}

// The last path component of `path` from index `start`: [from, to), or
// null when there is none.
function lastComponent(path, start) {
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  if (end === start) return null;
  let from = end;
  while (from > start && !isSep(path.charCodeAt(from - 1))) from--;
  return [from, end];
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const start = hasDrive(path) ? 2 : 0;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    return basenameWithSuffix(path, suffix, start, true);
  }
  const range = lastComponent(path, start);
  return range === null ? '' : path.slice(range[0], range[1]);
}

// Index of the extension's dot in base, or -1 (none for '.x', '..').
function extDot(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return -1;
  if (dot === 1 && base === '..') return -1;
  // Only dots before this one ('..x' has '.x'; '...' has '.').
  return dot;
}

function extname(path) {
  validateString(path, 'path');
  const range = lastComponent(path, hasDrive(path) ? 2 : 0);
  if (range === null) return '';
  const base = path.slice(range[0], range[1]);
  const dot = extDot(base);
  return dot === -1 ? '' : base.slice(dot);
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isSep(path.charCodeAt(0))) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  let rootEnd;
  if (hasDrive(path)) {
    if (len === 2 || (len === 3 && isSep(path.charCodeAt(2)))) {
      ret.root = ret.dir = path;
      return ret;
    }
    rootEnd = isSep(path.charCodeAt(2)) ? 3 : 2;
  } else {
    rootEnd = rootLength(path);
  }
  if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

  const range = lastComponent(path, rootEnd);
  let startPart = rootEnd;
  if (range !== null) {
    startPart = range[0];
    const base = path.slice(range[0], range[1]);
    const dot = extDot(base);
    ret.base = base;
    if (dot === -1) {
      ret.name = base;
    } else {
      ret.name = base.slice(0, dot);
      ret.ext = base.slice(dot);
    }
  }
  // The dir keeps the root's trailing slash ('C:\') but not others.
  ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
  return ret;
}

function format(pathObject) {
  if (pathObject === null || typeof pathObject !== 'object' || Array.isArray(pathObject)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pathObject', 'Object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext;
  const base = pathObject.base ||
    `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
}

const win32 = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
win32.win32 = win32;

module.exports = win32;
