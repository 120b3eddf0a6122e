'use strict';
// Builds the global `process`: an EventEmitter carrying Node's process API
// over the native process binding. Warnings live in the second half.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const signals = require('internal/process/signals');

const native = binding.process;

function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
Object.defineProperty(Process.prototype, Symbol.toStringTag, {
  value: 'process', writable: false, enumerable: false, configurable: true,
});
const process = new Process();
EventEmitter.call(process);

// Node reports `node` as the title until something sets it.
let title = 'node';
Object.defineProperty(process, 'title', {
  enumerable: true,
  configurable: true,
  get() { return title; },
  set(value) { title = String(value); },
});
process.version = native.version;
process.versions = {
  node: native.version.slice(1),
  quickjs: '0.16.2',
  runtime: native.runtimeVersion,
  modules: '115',
};
process.arch = native.arch;
process.platform = native.platform;
{
  const base = `https://nodejs.org/download/release/${native.version}/node-${native.version}`;
  process.release = {
    name: 'node', lts: 'Iron', sourceUrl: `${base}.tar.gz`, headersUrl: `${base}-headers.tar.gz`,
  };
}
process.execPath = native.execPath;
process.execArgv = native.execArgv;
process.argv0 = native.argv0;
process.argv = [native.execPath];
// Assignments to process.env become strings, as in Node.
process.env = new Proxy(native.env, {
  set(target, key, value) {
    target[key] = String(value);
    return true;
  },
  defineProperty(target, key, desc) {
    target[key] = String(desc.value);
    return true;
  },
});
process.pid = native.pid;
process.ppid = native.ppid;
process.config = { target_defaults: {}, variables: {} };
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false,
  tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: true };
process._exiting = false;

let exitCode;
function validateExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && code.trim() !== '' && Number.isInteger(Number(code))) {
    return Number(code);
  }
  if (typeof code !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
  }
  if (!Number.isInteger(code)) {
    throw new codes.ERR_OUT_OF_RANGE('code', 'an integer', code);
  }
  return code;
}
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) { exitCode = validateExitCode(code); },
});

process.cwd = function cwd() { return native.cwd(); };
process.chdir = function chdir(dir) {
  if (typeof dir !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', dir);
  native.chdir(dir);
};

// A mask is a uint32 or an octal string.
process.umask = function umask(mask) {
  if (mask === undefined) return native.umask(undefined);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  } else if (typeof mask !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('mask', 'number', mask);
  } else if (!Number.isInteger(mask)) {
    throw new codes.ERR_OUT_OF_RANGE('mask', 'an integer', mask);
  } else if (mask < 0 || mask > 4294967295) {
    throw new codes.ERR_OUT_OF_RANGE('mask', '>= 0 && <= 4294967295', mask);
  }
  return native.umask(mask);
};
process.uptime = function uptime() { return native.uptime(); };

function hrtime(prev) {
  const [s, ns] = native.hrtime();
  if (prev === undefined) return [s, ns];
  if (!Array.isArray(prev)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', prev);
  if (prev.length !== 2) {
    throw new codes.ERR_OUT_OF_RANGE('time', '2', prev.length);
  }
  let ds = s - prev[0];
  let dns = ns - prev[1];
  if (dns < 0) { ds -= 1; dns += 1e9; }
  return [ds, dns];
}
hrtime.bigint = function bigint() { return native.hrtimeBigint(); };
process.hrtime = hrtime;

process.memoryUsage = function memoryUsage() { return native.memoryUsage(); };
process.memoryUsage.rss = function rss() { return native.rss(); };
// No cgroup reading yet: Node reports "no constraint" the same way on
// machines without one.
process.constrainedMemory = function constrainedMemory() { return 0; };
process.availableMemory = function availableMemory() { return binding.os.freemem(); };

function checkUsageField(prev, key) {
  const v = prev[key];
  if (typeof v !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', v);
  }
  if (!(v >= 0) || v > Number.MAX_SAFE_INTEGER) {
    const err = new codes.ERR_INVALID_ARG_VALUE(`prevValue.${key}`, v);
    // Node raises this one as a RangeError.
    Object.setPrototypeOf(err, RangeError.prototype);
    err.name = 'RangeError';
    throw err;
  }
}

process.cpuUsage = function cpuUsage(prevValue) {
  const r = native.resourceUsage();
  if (prevValue === undefined) return { user: r[0], system: r[1] };
  if (prevValue === null || typeof prevValue !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('prevValue', 'object', prevValue);
  }
  checkUsageField(prevValue, 'user');
  checkUsageField(prevValue, 'system');
  return { user: r[0] - prevValue.user, system: r[1] - prevValue.system };
};

const usageNames = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut',
  'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
  const r = native.resourceUsage();
  const out = {};
  for (let i = 0; i < usageNames.length; i++) out[usageNames[i]] = r[i];
  return out;
};

// ---- user and group ids -------------------------------------------------

process.getuid = function getuid() { return native.ids()[0]; };
process.geteuid = function geteuid() { return native.ids()[1]; };
process.getgid = function getgid() { return native.ids()[2]; };
process.getegid = function getegid() { return native.ids()[3]; };
// Node guarantees the effective gid is in the list.
process.getgroups = function getgroups() {
  const groups = native.groups();
  const egid = native.ids()[3];
  if (!groups.includes(egid)) groups.push(egid);
  return groups;
};

// ---- signals ------------------------------------------------------------

// libuv-style error: message "kill ESRCH", errno/code/syscall own props.
function uvError(err, syscall) {
  if (err === null || typeof err !== 'object' || typeof err.code !== 'string') return err;
  const e = new Error(`${syscall} ${err.code}`);
  e.errno = err.errno;
  e.code = err.code;
  e.syscall = syscall;
  return e;
}

process.kill = function kill(pid, sig = 'SIGTERM') {
  // Loose equality as in Node: numeric strings pass, fractions do not.
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signum;
  if (typeof sig === 'number') {
    signum = sig;
  } else if (typeof sig === 'string' && signals.numbers[sig] !== undefined) {
    signum = signals.numbers[sig];
  } else {
    throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  try {
    native.kill(pid | 0, signum);
  } catch (err) {
    throw uvError(err, 'kill');
  }
  return true;
};

process.nextTick = function nextTick(callback, ...args) {
  // Replaced by task_queues' own at bootstrap (that module needs `process`
  // first); this stands in only until then.
  return require('internal/process/task_queues').nextTick(callback, ...args);
};

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
};
process.reallyExit = function reallyExit(code) {
  binding.reallyExit(code || 0);
};
process.abort = function abort() { binding.reallyExit(134); };

// ---- uncaught exception capture -----------------------------------------

// The fatal-exception path asks `process._uncaughtCaptureCallback()` for
// the callback set here before emitting 'uncaughtException'.
let captureCallback = null;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const err = new Error('`process.setupUncaughtExceptionCapture()` was called while a ' +
      'capture callback was already active');
    err.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw err;
  }
  captureCallback = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
};
Object.defineProperty(process, '_uncaughtCaptureCallback', {
  value: () => captureCallback, enumerable: false, configurable: true, writable: false,
});

// ---- NODE_OPTIONS flags -------------------------------------------------

// Flags Node accepts in NODE_OPTIONS; a trailing "!" also allows "--no-x".
const allowedFlagWords = [
  'abort-on-uncaught-exception addons! allow-addons! allow-child-process! allow-fs-read',
  'allow-fs-write allow-wasi! allow-worker! conditions debug-arraybuffer-allocations!',
  'debug-port deprecation! diagnostic-dir disable-proto disable-warning',
  'disable-wasm-trap-handler! disallow-code-generation-from-strings dns-result-order',
  'enable-etw-stack-walking enable-fips! enable-network-family-autoselection',
  'enable-source-maps! es-module-specifier-resolution experimental-abortcontroller',
  'experimental-default-type experimental-detect-module! experimental-eventsource!',
  'experimental-fetch! experimental-global-customevent! experimental-global-webcrypto!',
  'experimental-import-meta-resolve! experimental-json-modules experimental-loader',
  'experimental-modules experimental-network-imports! experimental-permission!',
  'experimental-policy experimental-print-required-tla! experimental-repl-await!',
  'experimental-report experimental-require-module! experimental-shadow-realm!',
  'experimental-specifier-resolution experimental-top-level-await experimental-vm-modules!',
  'experimental-wasi-unstable-preview1 experimental-wasm-modules! experimental-websocket!',
  'experimental-worker expose-gc extra-info-on-fatal-exception! force-async-hooks-checks!',
  'force-context-aware! force-fips! force-node-api-uncaught-exceptions-policy!',
  'frozen-intrinsics! global-search-paths! heap-prof! heap-prof-dir heap-prof-interval',
  'heap-prof-name heapsnapshot-near-heap-limit heapsnapshot-signal http-parser',
  'huge-max-old-generation-size icu-data-dir import input-type insecure-http-parser! inspect!',
  'inspect-brk! inspect-port inspect-publish-uid inspect-wait!',
  'interpreted-frames-native-stack jitless loader max-http-header-size max-old-space-size',
  'max-semi-space-size napi-modules network-family-autoselection!',
  'network-family-autoselection-attempt-timeout node-memory-debug node-snapshot!',
  'openssl-config openssl-legacy-provider! openssl-shared-config! pending-deprecation!',
  'perf-basic-prof perf-basic-prof-only-functions perf-prof perf-prof-unwinding-info',
  'policy-integrity preserve-symlinks! preserve-symlinks-main! prof-process redirect-warnings',
  'report-compact! report-dir report-directory report-exclude-network! report-filename',
  'report-on-fatalerror! report-on-signal! report-signal report-uncaught-exception! require',
  'secure-heap secure-heap-min snapshot-blob stack-trace-limit test-only! test-reporter',
  'test-reporter-destination test-shard throw-deprecation! title tls-cipher-list tls-keylog',
  'tls-max-v1.2! tls-max-v1.3! tls-min-v1.0! tls-min-v1.1! tls-min-v1.2! tls-min-v1.3!',
  'trace-atomics-wait! trace-deprecation! trace-event-categories trace-event-file-pattern',
  'trace-events-enabled trace-exit! trace-promises! trace-require-module trace-sigint!',
  'trace-sync-io! trace-tls! trace-uncaught! trace-warnings! track-heap-objects!',
  'unhandled-rejections use-bundled-ca! use-largepages use-openssl-ca! v8-pool-size',
  'verify-base-objects! warnings! watch! watch-path watch-preserve-output! zero-fill-buffers!',
  '-C -r',
];

// A Set that cannot be changed and whose `has` accepts any spelling Node
// accepts on the command line (underscores, "=value").
class NodeEnvironmentFlagsSet extends Set {
  add() { return this; }
  delete() { return false; }
  clear() {}
  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (key.startsWith('-')) {
      const eq = key.indexOf('=');
      return super.has(eq === -1 ? key : key.slice(0, eq));
    }
    // Without leading dashes, either spelling matches.
    return super.has(`--${key}`) || super.has(`-${key}`);
  }
}

let allowedFlags;
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  enumerable: true,
  configurable: true,
  get() {
    if (allowedFlags === undefined) {
      const list = [];
      for (const word of allowedFlagWords.join(' ').split(' ')) {
        const negatable = word.endsWith('!');
        const name = negatable ? word.slice(0, -1) : word;
        const flag = name.startsWith('-') ? name : `--${name}`;
        list.push(flag);
        if (negatable) list.push(`--no-${name}`);
      }
      // The Set constructor would call our no-op add(): fill it directly.
      allowedFlags = new NodeEnvironmentFlagsSet();
      for (const flag of list) Set.prototype.add.call(allowedFlags, flag);
      Object.freeze(allowedFlags);
    }
    return allowedFlags;
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      value, writable: true, enumerable: true, configurable: true,
    });
  },
});


// ---- warnings -----------------------------------------------------------

// Node's command-line switches for warnings, when the CLI passes them on.
{
  const argv = native.execArgv;
  if (argv.includes('--no-deprecation')) process.noDeprecation = true;
  if (argv.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (argv.includes('--trace-deprecation')) process.traceDeprecation = true;
  if (argv.includes('--trace-warnings')) process.traceProcessWarnings = true;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// emitWarning(warning[, type[, code]][, ctor]) or (warning, {type, code, detail, ctor}).
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    Error.captureStackTrace(w, ctor || process.emitWarning);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on a later tick so warnings already emitted are printed first.
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(emitWarningEvent, warning);
};

function emitWarningEvent(warning) {
  process.emit('warning', warning);
}

let traceHintShown = false;

// The default 'warning' listener: "(node:PID) [CODE] Name: message" on
// stderr, plus a one-time hint about --trace-warnings.
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += warning.stack;
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    msg += '\n(Use `node --trace-warnings ...` to show where the warning was created)';
  }
  process.stderr.write(`${msg}\n`);
}
if (!native.noWarnings) process.on('warning', onWarning);

// ---- stdio and the rest -------------------------------------------------

signals.attach(process);
process._onSignal = signals.dispatch;

function lazyStdio(name, fd) {
  let stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (stream === undefined) stream = require('internal/process/stdio').create(fd);
      return stream;
    },
  });
}
lazyStdio('stdout', 1);
lazyStdio('stderr', 2);
lazyStdio('stdin', 0);
process.openStdin = function openStdin() {
  process.stdin.resume();
  return process.stdin;
};

process.getBuiltinModule = function getBuiltinModule(id) {
  validateString(id, 'id');
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (name.startsWith('internal/') || !binding.builtinIds.includes(name)) return undefined;
  return require(name);
};

process.sourceMapsEnabled = false;
process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
  if (typeof enabled !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('val', 'boolean', enabled);
  }
  process.sourceMapsEnabled = enabled;
};

// Native modules of Node's own are not available here.
process.binding = function bindingStub(name) {
  throw new Error(`No such module: ${name}`);
};
process._linkedBinding = function linkedBinding(name) {
  throw new Error(`No such binding: ${name}`);
};
process.dlopen = function dlopen() {
  const err = new Error('process.dlopen is not supported: native addons cannot be loaded');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

module.exports = process;
