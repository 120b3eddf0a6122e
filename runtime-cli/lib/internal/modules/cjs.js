'use strict';
// The CommonJS loader: Module, require, resolution of relative, absolute
// and node_modules paths with extension and directory probing, JSON
// modules, cycles and require.cache. (The modules issue adds package
// `exports`/`imports` and ES modules.)

const path = require('path');
const { codes, validateString, registerWrapper } = require('internal/errors');
const packageJson = require('internal/modules/package_json');
// Loaded on first use: most programs resolve no package "exports".
const packageResolve = () => require('internal/modules/package_resolve');
const pathToFileURL = (p) => require('internal/url_path').pathToFileURL(p);

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
    module.exports = requireModule(filename, module.parent);
    return;
  }
  module._compile(fsb.readFileUtf8(filename), filename);
};

let shims = 0;

// require() of an ES module (Node 20.19+): load and evaluate its graph now,
// through a one-off module that imports it, and return its namespace. A
// graph that awaits at top level cannot finish synchronously.
function requireModule(filename, parent) {
  const url = pathToFileURL(filename);
  let namespace;
  const promise = binding.modules.evaluateShim(`node:internal/require/${++shims}`,
    `import * as ns from ${JSON.stringify(url)};\nimport.meta.__value(ns);\n`,
    (ns) => { namespace = ns; });
  promise.then(undefined, () => {});
  const [state, value] = binding.inspect.getPromiseState(promise);
  if (state === 2) throw value;
  if (state === 0) {
    const from = parent && parent.filename ? parent.filename : process.cwd();
    const err = new Error('require() cannot be used on an ESM graph with top-level await. ' +
      'Use import() instead. To see where the top-level await comes from, use ' +
      `--experimental-print-required-tla.\n  From ${from} \n  Requiring ${filename} `);
    err.code = 'ERR_REQUIRE_ASYNC_MODULE';
    throw err;
  }
  if ('module.exports' in namespace) return namespace['module.exports'];
  return 'default' in namespace ? withEsModuleMarker(namespace) : namespace;
}

// Like Node, a required module with a default export comes back as a copy
// of its namespace that also says `__esModule: true`, for transpiled code.
function withEsModuleMarker(namespace) {
  const copy = Object.create(null);
  const keys = ['__esModule', ...Object.keys(namespace)].sort();
  for (const key of keys) {
    Object.defineProperty(copy, key, {
      value: key === '__esModule' ? true : namespace[key],
      enumerable: true,
      writable: true,
    });
  }
  Object.defineProperty(copy, Symbol.toStringTag, { value: 'Module' });
  return Object.preventExtensions(copy);
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

// A file an "exports"/"imports" entry pointed at must exist; Node reports
// the file (with no require stack) when it doesn't.
function existingMatch(file, request) {
  if (typeof file === 'string' && statKind(file) === 1) return file;
  throw notFound(typeof file === 'string' ? file : request, undefined);
}

// node_modules/<name> in `dir` with an "exports" field: resolve through it.
function resolveExportsIn(dir, request) {
  const parsed = packageResolve().parsePackageName(request);
  if (parsed === undefined) return undefined;
  const pkgDir = path.join(dir, parsed.name);
  const pkg = packageJson.read(path.join(pkgDir, 'package.json'));
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null) return undefined;
  const file = packageResolve().exportsResolve(pkgDir, parsed.subpath, pkg.exports,
    requireConditions);
  return existingMatch(file, request);
}

// A package requiring itself by its own name, through its "exports".
function resolveSelf(request, parent) {
  if (!parent || !parent.filename) return undefined;
  const scope = packageJson.findScope(path.dirname(parent.filename));
  if (scope === undefined) return undefined;
  const { name, exports } = scope.pkg;
  if (exports === undefined || exports === null || typeof name !== 'string') return undefined;
  if (request !== name && !request.startsWith(`${name}/`)) return undefined;
  const file = packageResolve().exportsResolve(scope.dir, `.${request.slice(name.length)}`, exports,
    requireConditions);
  return existingMatch(file, request);
}

Module._findPath = function findPath(request, paths) {
  const relative = isRelative(request);
  const isDirRequest = request.endsWith('/');
  for (const dir of paths) {
    if (!relative) {
      const viaExports = resolveExportsIn(dir, request);
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
    if (scope !== undefined && scope.pkg.imports !== undefined && scope.pkg.imports !== null) {
      const target = packageResolve().importsResolve(request, scope, requireConditions,
        parent.filename);
      if (typeof target === 'object') return Module._resolveFilename(target.bare, parent, isMain);
      return existingMatch(target, request);
    }
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
  if (nodeOnlyBuiltins.has(request)) throw missingBuiltin(request, parent);
  // Like Node, a request already resolved from the same directory reuses
  // that answer while its module stays cached.
  const relKey = parent ? `${parent.path}\x00${request}` : undefined;
  if (relKey !== undefined) {
    const known = relativeResolveCache[relKey];
    if (known !== undefined) {
      const cached = Module._cache[known];
      if (cached !== undefined) {
        addChild(parent, cached);
        return cached.exports;
      }
      delete relativeResolveCache[relKey];
    }
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (relKey !== undefined) relativeResolveCache[relKey] = filename;
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    addChild(parent, cached);
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

// Node's built-ins this runtime does not provide (yet). Node never looks
// these names up on disk, so neither do we: they fail at once, clearly.
const nodeOnlyBuiltins = new Set(['assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'net', 'os',
  'path/win32', 'perf_hooks', 'punycode', 'querystring', 'readline',
  'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web',
  'string_decoder', 'sys', 'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util/types',
  'v8', 'vm', 'wasi', 'worker_threads', 'zlib']);

function missingBuiltin(request, parent) {
  const err = notFound(request, parent);
  err.message = `Cannot find module '${request}': the Node.js built-in '${request}' is not ` +
    `provided by this runtime yet${err.message.slice(`Cannot find module '${request}'`.length)}`;
  return err;
}

let mainModule;
const relativeResolveCache = { __proto__: null };

function addChild(parent, child) {
  if (parent && Array.isArray(parent.children) && !parent.children.includes(child)) {
    parent.children.push(child);
  }
}

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
  // A directory (trailing slash) stands for a file inside it.
  if (filename.endsWith('/')) filename += 'noop.js';
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

module.exports = {
  Module, makeRequire, createRequire, runMain, setBuiltins, isBuiltin, nodeOnlyBuiltins,
  missingBuiltin, statKind,
};
