'use strict';
// Reading package.json files for the module loaders, cached. A file that
// doesn't parse throws a SyntaxError whose message names it (what require()
// reports); the ES module loader rewraps it as ERR_INVALID_PACKAGE_CONFIG.

const path = require('path');

const fsb = binding.fs;
const cache = new Map();

// The parsed package.json at `file`, or undefined when there is none.
function read(file) {
  if (cache.has(file)) return cache.get(file);
  let text;
  try {
    text = fsb.readFileUtf8(file);
  } catch {
    cache.set(file, undefined);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    err.detail = err.message;
    err.path = file;
    err.message = `Error parsing ${file}: ${err.message}`;
    throw err;
  }
  const pkg = parsed !== null && typeof parsed === 'object' ? parsed : {};
  cache.set(file, pkg);
  return pkg;
}

// The nearest package.json at or above directory `dir` (stopping at a
// node_modules folder): { dir, pkg } or undefined.
function findScope(dir) {
  for (;;) {
    if (path.basename(dir) === 'node_modules') return undefined;
    const pkg = read(path.join(dir, 'package.json'));
    if (pkg !== undefined) return { dir, pkg };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// "module" or "commonjs": the module type of files in directory `dir`.
function typeOf(dir) {
  const scope = findScope(dir);
  return scope !== undefined && scope.pkg.type === 'module' ? 'module' : 'commonjs';
}

module.exports = { read, findScope, typeOf };
