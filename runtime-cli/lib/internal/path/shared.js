'use strict';
// What path.posix and path.win32 compute alike, with `win32` adding '\\' as
// a separator: resolving '.' and '..' segments, basename with a suffix.

// Resolves '.' and '..' in a root-less path and joins the segments with the
// flavour's separator; leading '..' are kept when the path may climb above
// its start.
function normalizeSegments(path, allowAboveRoot, win32) {
  const out = [];
  for (const seg of win32 ? path.split(/[\\/]/) : path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(win32 ? '\\' : '/');
}

// Node matches the suffix while scanning back from the end, so some odd
// inputs keep odd results: an all-separator path comes back whole, and a
// suffix running past the last component is ignored. Scans down to index
// `start` (past a Windows drive); `win32` adds '\' as a separator.
function basenameWithSuffix(path, suffix, start, win32) {
  if (suffix === path) return '';
  let end = -1;
  let firstNonSlashEnd = -1;
  let extIdx = suffix.length - 1;
  for (let i = path.length - 1; i >= start; i--) {
    const c = path.charCodeAt(i);
    if (c === 47 || (win32 && c === 92)) {
      if (firstNonSlashEnd !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (firstNonSlashEnd === -1) firstNonSlashEnd = i + 1;
    if (extIdx >= 0) {
      if (c === suffix.charCodeAt(extIdx)) {
        if (--extIdx === -1) end = i;
      } else {
        extIdx = -1;
        end = firstNonSlashEnd;
      }
    }
  }
  if (start === end) end = firstNonSlashEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

module.exports = { normalizeSegments, basenameWithSuffix };
