'use strict';
// package.json "exports" and "imports" resolution, shared by the CommonJS
// and ES module loaders (Node's PACKAGE_EXPORTS_RESOLVE and
// PACKAGE_IMPORTS_RESOLVE). Results are absolute paths, or, for an
// "imports" target naming another package, { bare: specifier }.

const path = require('path');

function coded(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function importedFrom(base) {
  return base ? ` imported from ${base}` : '';
}

function notExported(pkgDir, subpath, base) {
  const where = `${pkgDir}/package.json${importedFrom(base)}`;
  return coded(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
    ? `No "exports" main defined in ${where}`
    : `Package subpath '${subpath}' is not defined by "exports" in ${where}`);
}

function invalidTarget(pkgDir, subpath, target, isImports, base) {
  const what = isImports ? '"imports"' : '"exports"';
  const which = subpath === '.' ? `${what} main target` : `${what} target`;
  const forKey = subpath === '.' ? '' : ` for '${subpath}'`;
  return coded(Error, 'ERR_INVALID_PACKAGE_TARGET',
    `Invalid ${which} ${JSON.stringify(target)} defined${forKey} in the package config ` +
    `${pkgDir}/package.json${importedFrom(base)}`);
}

function invalidConfig(pkgDir, why) {
  return coded(Error, 'ERR_INVALID_PACKAGE_CONFIG',
    `Invalid package config ${pkgDir}/package.json. ${why}`);
}

const badSegment = /(^|\/)(\.\.?|node_modules)(\/|$)/i;

// One "exports"/"imports" target. Returns a path, { bare }, null (a null
// target: explicitly not exported) or undefined (no condition matched).
function resolveTarget(ctx, target, match, isPattern) {
  if (typeof target === 'string') {
    const expand = (t) => (isPattern ? t.split('*').join(match) : t + match);
    if (!target.startsWith('./')) {
      if (ctx.isImports && !target.startsWith('../') && !target.startsWith('/')) {
        return { bare: expand(target) };
      }
      throw invalidTarget(ctx.pkgDir, ctx.subpath, target, ctx.isImports, ctx.base);
    }
    if (badSegment.test(target.slice(2))) {
      throw invalidTarget(ctx.pkgDir, ctx.subpath, target, ctx.isImports, ctx.base);
    }
    if (badSegment.test(match)) {
      throw coded(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
        `Invalid module "${ctx.subpath}" request is not a valid match in pattern ` +
        `"${ctx.key}" for the "${ctx.isImports ? 'imports' : 'exports'}" resolution of ` +
        `${ctx.pkgDir}/package.json${importedFrom(ctx.base)}`);
    }
    return path.join(ctx.pkgDir, expand(target));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, t, match, isPattern);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError) throw lastError;
    return lastError === null ? null : undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (/^\d+$/.test(key)) {
        throw invalidConfig(ctx.pkgDir, '"exports" cannot contain numeric property keys.');
      }
      if (key === 'default' || ctx.conditions.has(key)) {
        const resolved = resolveTarget(ctx, target[key], match, isPattern);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx.pkgDir, ctx.subpath, target, ctx.isImports, ctx.base);
}

// Node's ordering of pattern keys: longer prefix first, then longer key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Looks `subpath` up in a subpath map: exact keys first, then `*` patterns.
function resolveInMap(ctx, map, subpath) {
  if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) {
    ctx.key = subpath;
    return resolveTarget(ctx, map[subpath], '', false);
  }
  let bestKey = '';
  let bestMatch;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.length >= key.length &&
        subpath.endsWith(suffix) && patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = subpath.slice(star, subpath.length - suffix.length);
    }
  }
  if (bestKey === '') return undefined;
  ctx.key = bestKey;
  return resolveTarget(ctx, map[bestKey], bestMatch, true);
}

function isConditionsObject(pkgDir, exports) {
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return false;
  let dotted;
  for (const key of Object.keys(exports)) {
    const isDotted = key === '' || key[0] === '.';
    if (dotted === undefined) dotted = isDotted;
    else if (dotted !== isDotted) {
      throw invalidConfig(pkgDir, '"exports" cannot contain some keys starting with \'.\' ' +
        'and some not. The exports object must either be an object of package subpath ' +
        'keys or an object of main entry condition name keys only.');
    }
  }
  return dotted === false;
}

// "exports" of the package in `pkgDir` for `subpath` ('.' or './x').
function exportsResolve(pkgDir, subpath, exports, conditions, base) {
  const map = typeof exports === 'string' || Array.isArray(exports) ||
    isConditionsObject(pkgDir, exports) ? { '.': exports } : exports;
  const ctx = { pkgDir, subpath, conditions, base, isImports: false, key: subpath };
  const resolved = resolveInMap(ctx, map, subpath);
  if (resolved === undefined || resolved === null) throw notExported(pkgDir, subpath, base);
  return resolved;
}

// "imports" of the package scope `scope` ({ dir, pkg }) for `name` ('#x').
function importsResolve(name, scope, conditions, base) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw coded(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${name}" is not a valid internal imports specifier name` +
      `${importedFrom(base)}`);
  }
  if (scope !== undefined && scope.pkg.imports !== null && typeof scope.pkg.imports === 'object') {
    const ctx = { pkgDir: scope.dir, subpath: name, conditions, base, isImports: true, key: name };
    const resolved = resolveInMap(ctx, scope.pkg.imports, name);
    if (resolved !== undefined && resolved !== null) return resolved;
  }
  const where = scope !== undefined ? ` in package ${scope.dir}/package.json` : '';
  throw coded(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    `Package import specifier "${name}" is not defined${where}${importedFrom(base)}`);
}

// Splits a bare specifier into package name and subpath ('.' or './x');
// undefined when it is not a valid package specifier.
function parsePackageName(specifier) {
  let end = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (end === -1) return undefined;
    end = specifier.indexOf('/', end + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name === '' || name[0] === '.' || /[\\%]/.test(name)) return undefined;
  return { name, subpath: `.${end === -1 ? '' : specifier.slice(end)}` };
}

module.exports = { exportsResolve, importsResolve, parsePackageName };
