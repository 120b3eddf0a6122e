'use strict';
// The ES module loader, behind the engine's module hooks: `resolve` turns a
// specifier into a module name (a file: URL, or node:<builtin>) with Node's
// ESM algorithm (no extension probing, "exports"/"imports" with the
// "import" condition); `load` returns the module's source, generating a
// small ES module for CommonJS, JSON and built-ins; `initMeta` fills
// import.meta.

const path = require('path');
const packageJson = require('internal/modules/package_json');
const { exportsResolve, importsResolve, parsePackageName } =
  require('internal/modules/package_resolve');
const { pathToFileURL, fileURLToPath } = require('internal/url_path');
const cjs = require('internal/modules/cjs');

const { statKind } = cjs;

const fsb = binding.fs;
const importConditions = new Set(['import', 'node', 'node-addons']);

function coded(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// The importer as a file path: modules are named by URL, CommonJS and
// scripts by path; anything else (built-ins, [eval]) resolves from cwd.
function importerPath(base) {
  if (base.startsWith('file:')) return fileURLToPath(base);
  if (base.startsWith('/')) return base;
  return path.join(process.cwd(), '[eval]');
}

// What require() would have found for a relative specifier that import
// cannot load, as Node suggests it: "Did you mean to import ...?".
function suggestion(specifier, from) {
  if (specifier === undefined) return '';
  let found;
  try {
    found = cjs.Module._findPath(specifier, [path.dirname(from)]);
  } catch {
    return '';
  }
  if (!found) return '';
  let rel = path.relative(path.dirname(from), found);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return `\nDid you mean to import "${rel}"?`;
}

// The file `file` (plus ?query#hash `suffix`) as a module name, checked.
// `specifier` is given for relative imports, for the error's hint.
function finalize(file, suffix, from, specifier) {
  const kind = statKind(file);
  if (kind !== 1) {
    const shown = specifier !== undefined && specifier.endsWith('/') ? `${file}/` : file;
    const err = kind === 2
      ? coded(Error, 'ERR_UNSUPPORTED_DIR_IMPORT', `Directory import '${shown}' is not ` +
        `supported resolving ES modules imported from ${from}${suggestion(specifier, from)}`)
      : coded(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find module '${shown}' imported from ` +
        `${from}${suggestion(specifier, from)}`);
    // import.meta.resolve() answers with this URL instead of failing.
    err.url = pathToFileURL(file) + suffix;
    throw err;
  }
  return pathToFileURL(fsb.realpath(file)) + suffix;
}

// package.json at `file`, with Node's error for one that doesn't parse.
function readPackage(file, specifier, from) {
  try {
    return packageJson.read(file);
  } catch (err) {
    throw coded(Error, 'ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${file} while ` +
      `importing "${specifier}" from ${from}. ${err.detail || err.message}`);
  }
}

// A package's "main" without "exports": probed like CommonJS, as Node does.
function legacyMain(pkgDir, pkg, from) {
  const tries = [];
  if (pkg !== undefined && typeof pkg.main === 'string' && pkg.main !== '') {
    const main = path.resolve(pkgDir, pkg.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`,
      `${main}/index.json`, `${main}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const file of tries) {
    if (statKind(file) === 1) return finalize(file, '', from);
  }
  throw coded(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find package '${pkgDir}' imported from ${from}`);
}

function packageResolve(specifier, from) {
  const parsed = parsePackageName(specifier);
  if (parsed === undefined) {
    throw coded(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${specifier}" is not a valid package name imported from ${from}`);
  }
  let scope;
  try {
    scope = packageJson.findScope(path.dirname(from));
  } catch (err) {
    readPackage(err.path, specifier, from);
  }
  if (scope !== undefined && scope.pkg.name === parsed.name &&
      scope.pkg.exports !== undefined && scope.pkg.exports !== null) {
    return finalize(exportsResolve(scope.dir, parsed.subpath, scope.pkg.exports,
      importConditions, from), '', from);
  }
  let dir = path.dirname(from);
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = path.join(dir, 'node_modules', parsed.name);
      if (statKind(pkgDir) === 2) {
        const pkg = readPackage(path.join(pkgDir, 'package.json'), specifier, from);
        if (pkg !== undefined && pkg.exports !== undefined && pkg.exports !== null) {
          return finalize(exportsResolve(pkgDir, parsed.subpath, pkg.exports, importConditions,
            from), '', from);
        }
        if (parsed.subpath === '.') return legacyMain(pkgDir, pkg, from);
        return finalize(path.join(pkgDir, parsed.subpath), '', from);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw coded(Error, 'ERR_MODULE_NOT_FOUND',
    `Cannot find package '${parsed.name}' imported from ${from}`);
}

// Hook: the module name for `specifier` imported by module or script `base`.
function resolve(specifier, base) {
  if (specifier.startsWith('node:')) {
    if (!cjs.isBuiltin(specifier)) {
      throw coded(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    }
    return specifier;
  }
  const from = importerPath(base);
  if (specifier.startsWith('file:')) {
    const cut = specifier.search(/[?#]/);
    return finalize(fileURLToPath(specifier), cut === -1 ? '' : specifier.slice(cut), from);
  }
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    throw coded(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      'Only URLs with a scheme in: file, data, and node are supported by the default ESM ' +
      `loader. Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
  }
  if (specifier[0] === '/' || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    const cut = specifier.search(/[?#]/);
    const pathPart = cut === -1 ? specifier : specifier.slice(0, cut);
    let decoded;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      decoded = pathPart;
    }
    return finalize(path.resolve(path.dirname(from), decoded),
      cut === -1 ? '' : specifier.slice(cut), from, specifier);
  }
  if (specifier[0] === '#') {
    const scope = packageJson.findScope(path.dirname(from));
    const target = importsResolve(specifier, scope, importConditions, from);
    if (typeof target === 'object') return resolve(target.bare, base);
    return finalize(target, '', from);
  }
  if (cjs.isBuiltin(specifier)) return `node:${specifier}`;
  if (cjs.nodeOnlyBuiltins.has(specifier)) {
    const err = cjs.missingBuiltin(specifier, undefined);
    err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
  return packageResolve(specifier, from);
}

// "module", "commonjs" or "json" for a file, by extension and package type.
function formatOf(file) {
  const ext = path.extname(file);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  const type = packageJson.typeOf(path.dirname(file));
  if (ext === '.js') return type;
  if (ext === '' && type !== 'module') return 'commonjs';
  throw coded(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION',
    `Unknown file extension "${ext}" for ${file}`);
}

// Functions the generated modules call through import.meta to get their
// value; taken once, when import.meta is filled in.
const pendingValues = new Map();

// A generated module exporting `names` of the value `import.meta.__value()`
// returns, and that value as default.
function syntheticSource(names) {
  let src = 'const m = import.meta.__value();\nexport default m;\n';
  let i = 0;
  const list = [];
  for (const name of names) {
    if (name === 'default') continue;
    src += `const e${i} = m[${JSON.stringify(name)}];\n`;
    list.push(`e${i} as ${JSON.stringify(name)}`);
    i++;
  }
  if (list.length > 0) src += `export { ${list.join(', ')} };\n`;
  return src;
}

// Names a CommonJS file exports, following re-exports.
function commonjsNames(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  let source;
  try {
    source = fsb.readFileUtf8(file);
  } catch {
    return [];
  }
  const { analyze } = require('internal/modules/cjs_lexer');
  const { names, reexports } = analyze(source);
  const all = new Set(names);
  const parent = { filename: file, paths: cjs.Module._nodeModulePaths(path.dirname(file)) };
  for (const spec of reexports) {
    let target;
    try {
      target = cjs.Module._resolveFilename(spec, parent, false);
    } catch {
      continue;
    }
    if (cjs.isBuiltin(target)) {
      for (const n of Object.keys(cjs.Module._load(target, null, false))) all.add(n);
    } else if (formatOf(target) === 'commonjs') {
      for (const n of commonjsNames(target, seen)) all.add(n);
    }
  }
  return [...all];
}

// Hook: the source text of module `url`.
function load(url, type) {
  if (url.startsWith('node:')) {
    const exports = cjs.Module._load(url, null, false);
    pendingValues.set(url, () => exports);
    return syntheticSource(Object.keys(exports));
  }
  const file = fileURLToPath(url);
  const format = formatOf(file);
  // Node 20 still names these after import assertions.
  if (format === 'json' && type !== 'json') {
    throw coded(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
      `Module "${url}" needs an import assertion of type "json"`);
  }
  if (type === 'json' && format !== 'json') {
    throw coded(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
      `Module "${url}" is not of type "json"`);
  }
  if (type !== undefined && type !== null && type !== 'json') {
    throw coded(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
      `Import assertion type "${type}" is unsupported`);
  }
  switch (format) {
    case 'module':
      return fsb.readFileUtf8(file);
    case 'json': {
      const text = fsb.readFileUtf8(file);
      pendingValues.set(url, () => {
        try {
          return JSON.parse(text);
        } catch (err) {
          err.message = `${file}: ${err.message}`;
          throw err;
        }
      });
      return 'export default import.meta.__value();\n';
    }
    default: {
      pendingValues.set(url, () => cjs.Module._load(file, null, false));
      return syntheticSource(commonjsNames(file));
    }
  }
}

// Hook: fills the new module `url`'s import.meta.
function initMeta(meta, url) {
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolveSpecifier(specifier) {
    try {
      return resolve(`${specifier}`, url);
    } catch (err) {
      // Like Node: a file that doesn't exist still has a URL.
      if (typeof err.url === 'string' &&
          (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT')) {
        return err.url;
      }
      throw err;
    }
  };
  meta.url = url;
  const value = pendingValues.get(url);
  if (value !== undefined) {
    pendingValues.delete(url);
    Object.defineProperty(meta, '__value', { value, enumerable: false });
  }
}

// Whether the entry point `file` is an ES module.
function isModuleEntry(file) {
  return formatOf(file) === 'module';
}

module.exports = { resolve, load, initMeta, isModuleEntry, formatOf };
