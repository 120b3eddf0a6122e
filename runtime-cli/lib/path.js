'use strict';
// Node's `path` module, POSIX flavour; `path.win32` (internal/path/win32)
// is loaded on first use.

const { validateString } = require('internal/errors');
const { normalizeSegments, basenameWithSuffix } = require('internal/path/shared');

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : process.cwd();
    validateString(p, `paths[${i}]`);
    if (p.length === 0) continue;
    resolved = `${p}/${resolved}`;
    absolute = p[0] === '/';
  }
  resolved = normalizeSegments(resolved, !absolute, false);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path[0] === '/';
  const trailing = path[path.length - 1] === '/';
  let out = normalizeSegments(path, !absolute, false);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path[0] === '/';
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
  }
  return joined === undefined ? '.' : normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const f = from === '/' ? [] : from.slice(1).split('/');
  const t = to === '/' ? [] : to.slice(1).split('/');
  let i = 0;
  while (i < f.length && i < t.length && f[i] === t[i]) i++;
  const up = f.slice(i).map(() => '..');
  return [...up, ...t.slice(i)].join('/');
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === 47;
  // The last slash that follows a non-slash (index 0 is never one).
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path.charCodeAt(i) === 47) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    return basenameWithSuffix(path, suffix, 0, false);
  }
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  if (end === 0) return '';
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}

function extname(path) {
  validateString(path, 'path');
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || (dot === 1 && base === '..')) return '';
  return base.slice(dot);
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const rootEnd = path[0] === '/' ? 1 : 0;
  if (rootEnd === 1) ret.root = '/';
  let end = path.length;
  while (end > rootEnd && path[end - 1] === '/') end--;
  let start = end;
  while (start > rootEnd && path[start - 1] !== '/') start--;
  if (end > start) {
    const base = path.slice(start, end);
    // Node's quirk: '..' right after the root reads as name '.' + ext '.'.
    const ext = base === '..' && start === 1 ? '.' : extname(base);
    ret.base = base;
    ret.name = ext ? base.slice(0, base.length - ext.length) : base;
    ret.ext = ext;
  }
  // The dir drops the separator before the base, unless it is the root.
  if (start > rootEnd) ret.dir = path.slice(0, start - 1);
  else ret.dir = ret.root;
  return ret;
}

function format(obj) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('pathObject', 'Object', obj);
  }
  const dir = obj.dir || obj.root;
  const ext = obj.ext;
  const base = obj.base || `${obj.name || ''}${ext ? (ext[0] === '.' ? '' : '.') + ext : ''}`;
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}/${base}`;
}

function toNamespacedPath(path) {
  return path;
}

const posix = {
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
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
posix.posix = posix;

// path.win32 loads on first use, then becomes a plain data property
// (win32.posix points back here).
Object.defineProperty(posix, 'win32', {
  configurable: true,
  enumerable: true,
  get() {
    const win32 = require('internal/path/win32');
    win32.posix = posix;
    Object.defineProperty(posix, 'win32', {
      value: win32, writable: true, configurable: true, enumerable: true,
    });
    return win32;
  },
  set(value) {
    Object.defineProperty(posix, 'win32', {
      value, writable: true, configurable: true, enumerable: true,
    });
  },
});

module.exports = posix;
