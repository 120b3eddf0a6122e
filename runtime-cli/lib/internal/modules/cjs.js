'use strict';
// The CommonJS loader: Module, require, resolution of relative, absolute
// and node_modules paths with extension and directory probing, JSON
// modules, cycles and require.cache. (The modules issue adds package
// `exports`/`imports` and ES modules.)

const path = require('path');
const { codes, validateString, registerWrapper } = require('internal/errors');
const packageJson = require('internal/modules/package_json');
const { exportsResolve, importsResolve, parsePackageName } =
  require('internal/modules/package_resolve');
const { pathToFileURL } = require('internal/url_path');

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

const fsb = binding.fs;
let requireBuiltin;
let publicBuiltins;

function setBuiltins(loadBuiltin, ids) {
  requireBuiltin = loadBuiltin;
  publicBuiltins = ids;
}

function isBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  return publicBuiltins.has(id);
}

function statKind(file) {
  // 0: missing, 1: file, 2: directory.
  try {
    const mode = fsb.stat(file)[1];
    return (mode & 0o170000) === 0o040000 ? 2 : 1;
  } catch {
    return 0;
  }
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent && Array.isArray(parent.children)) parent.children.push(this);
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') {
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  _compile(content, filename) {
    registerWrapper(filename, wrapperParams);
    const fn = binding.compileFunction(content, filename, wrapperParams);
    // Node's stacks name the module's top level this way.
    Object.defineProperty(fn, 'name', { value: 'Object.<anonymous>' });
    const require = makeRequire(this);
    return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let ext = path.extname(filename);
    if (Module._extensions[ext] === undefined) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module.builtinModules = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.isBuiltin = (id) => typeof id === 'string' && isBuiltin(id);

Module._extensions = { __proto__: null };
Module._extensions['.js'] = function loadJs(module, filename) {
  if (filename.endsWith('.mjs') ||
      (filename.endsWith('.js') && packageJson.typeOf(path.dirname(filename)) === 'module')) {
    throw requireEsmError(filename, module.parent);
  }
  module._compile(fsb.readFileUtf8(filename), filename);
};

function requireEsmError(filename, parent) {
  const from = parent && parent.filename ? parent.filename : undefined;
  const fromText = from ? ` from ${from}` : '';
  let message = `require() of ES Module ${filename}${fromText} not supported.\n`;
  if (filename.endsWith('.mjs')) {
    message += `Instead change the require of ${filename}${from ? ` in ${from}` : ''} to a ` +
      'dynamic import() which is available in all CommonJS modules.';
  } else {
    const base = path.basename(filename);
    const scope = packageJson.findScope(path.dirname(filename));
    message += `${base} is treated as an ES module file as it is a .js file whose nearest ` +
      'parent package.json contains "type": "module" which declares all .js files in that ' +
      'package scope as ES modules.\nInstead either rename ' +
      `${base} to end in .cjs, change the requiring code to use dynamic import() which is ` +
      'available in all CommonJS modules, or change "type": "module" to "type": "commonjs" ' +
      `in ${scope ? `${scope.dir}/package.json` : 'package.json'} to treat all .js files as ` +
      'CommonJS (using .mjs for all ES modules instead).\n';
  }
  const err = new Error(message);
  err.code = 'ERR_REQUIRE_ESM';
  return err;
}
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: native addons are not supported`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const out = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    out.push(`${dir}/node_modules`);
  }
  out.push('/node_modules');
  return out;
};

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    if (statKind(base + ext) === 1) return base + ext;
  }
  return undefined;
}

function tryPackage(dir) {
  const pkg = packageJson.read(path.join(dir, 'package.json'));
  if (pkg !== undefined && typeof pkg.main === 'string' && pkg.main !== '') {
    const main = path.resolve(dir, pkg.main);
    const found = tryFile(main) || tryExtensions(main) || tryIndex(main);
    if (found) return found;
  }
  return tryIndex(dir);
}

function tryIndex(dir) {
  return tryExtensions(path.join(dir, 'index'));
}

function tryFile(file) {
  return statKind(file) === 1 ? file : undefined;
}

function resolveAt(base, isDirRequest) {
  if (!isDirRequest) {
    const found = tryFile(base) || tryExtensions(base);
    if (found) return found;
  }
  if (statKind(base) === 2) return tryPackage(base);
  return undefined;
}

// require() matches these "exports"/"imports" conditions (and "default").
const requireConditions = new Set(['require', 'node', 'node-addons']);

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') ||
    request.startsWith('../') || request[0] === '/';
}

// A file an "exports"/"imports" entry pointed at must exist.
function existingMatch(file, request, parent) {
  if (typeof file === 'string' && statKind(file) === 1) return file;
  throw notFound(typeof file === 'string' ? file : request, parent);
}

// node_modules/<name> in `dir` with an "exports" field: resolve through it.
function resolveExportsIn(dir, request, parent) {
  const parsed = parsePackageName(request);
  if (parsed === undefined) return undefined;
  const pkgDir = path.join(dir, parsed.name);
  const pkg = packageJson.read(path.join(pkgDir, 'package.json'));
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null) return undefined;
  const file = exportsResolve(pkgDir, parsed.subpath, pkg.exports, requireConditions);
  return existingMatch(file, request, parent);
}

// A package requiring itself by its own name, through its "exports".
function resolveSelf(request, parent) {
  if (!parent || !parent.filename) return undefined;
  const scope = packageJson.findScope(path.dirname(parent.filename));
  if (scope === undefined) return undefined;
  const { name, exports } = scope.pkg;
  if (exports === undefined || exports === null || typeof name !== 'string') return undefined;
  if (request !== name && !request.startsWith(`${name}/`)) return undefined;
  const file = exportsResolve(scope.dir, `.${request.slice(name.length)}`, exports,
    requireConditions);
  return existingMatch(file, request, parent);
}

Module._findPath = function findPath(request, paths) {
  const relative = isRelative(request);
  const isDirRequest = request.endsWith('/');
  for (const dir of paths) {
    if (!relative) {
      const viaExports = resolveExportsIn(dir, request, undefined);
      if (viaExports !== undefined) return viaExports;
    }
    const found = resolveAt(path.resolve(dir, request), isDirRequest);
    if (found) return found;
  }
  return false;
};

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (isRelative(request)) {
    return [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
  }
  const paths = parent && parent.paths && parent.paths.length
    ? parent.paths.slice()
    : Module._nodeModulePaths(process.cwd());
  const extra = process.env.NODE_PATH;
  if (extra) paths.push(...extra.split(':').filter(Boolean).map((p) => path.resolve(p)));
  return paths;
};

function notFound(request, parent) {
  const requireStack = [];
  for (let m = parent; m; m = m.parent) {
    if (m.filename) requireStack.push(m.filename);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  return err;
}

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (request[0] === '#' && parent && parent.filename) {
    const scope = packageJson.findScope(path.dirname(parent.filename));
    const target = importsResolve(request, scope, requireConditions,
      pathToFileURL(parent.filename));
    if (typeof target === 'object') return Module._resolveFilename(target.bare, parent, isMain);
    return existingMatch(target, request, parent);
  }
  let paths;
  if (options && Array.isArray(options.paths)) {
    paths = options.paths.flatMap((p) => (isRelative(request) ? [p] : Module._nodeModulePaths(p)));
  } else {
    const self = isRelative(request) ? undefined : resolveSelf(request, parent);
    if (self !== undefined) return self;
    paths = Module._resolveLookupPaths(request, parent);
  }
  const found = Module._findPath(request, paths, isMain);
  if (found) return found;
  throw notFound(request, parent);
};

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!publicBuiltins.has(id)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    return requireBuiltin(id);
  }
  if (publicBuiltins.has(request)) return requireBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && Array.isArray(parent.children) && !parent.children.includes(cached)) {
      parent.children.push(cached);
    }
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

let mainModule;

function makeRequire(module) {
  const require = function require(id) {
    return module.require(id);
  };
  require.resolve = function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = function paths(request) {
    validateString(request, 'request');
    if (isBuiltin(request)) return null;
    return Module._resolveLookupPaths(request, module);
  };
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = decodeURIComponent(filename.pathname);
  }
  if (typeof filename === 'string' && filename.startsWith('file://')) {
    filename = decodeURIComponent(filename.slice(7));
  }
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequire(m);
}

function runMain(filename) {
  const resolved = Module._resolveFilename(filename, null, true);
  Module._load(resolved, null, true);
}

Module.Module = Module;
Module.createRequire = createRequire;
Module.runMain = runMain;

module.exports = { Module, makeRequire, createRequire, runMain, setBuiltins, isBuiltin };
