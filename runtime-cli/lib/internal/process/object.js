'use strict';
// Builds the global `process`: an EventEmitter carrying Node's process API
// over the native process binding.

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

process.title = 'runtime';
process.version = native.version;
process.versions = {
  node: native.version.slice(1),
  quickjs: '0.16.2',
  runtime: native.runtimeVersion,
  modules: '115',
};
process.arch = native.arch;
process.platform = native.platform;
process.release = { name: 'node', lts: 'Iron' };
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
  tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true };
process.noDeprecation = false;
process.throwDeprecation = false;
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
process.umask = function umask(mask) {
  if (mask === undefined) return native.umask();
  if (typeof mask === 'string') mask = parseInt(mask, 8);
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
process.cpuUsage = function cpuUsage() { return { user: 0, system: 0 }; };

process.kill = function kill(pid, sig = 'SIGTERM') {
  if (typeof pid !== 'number' || !Number.isInteger(pid)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  native.kill(pid, signals.toNumber(sig));
  return true;
};

process.nextTick = function nextTick(callback, ...args) {
  // Filled in by internal/process/task_queues (it needs `process` first).
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

function writeWarning(text) {
  binding.writeStderr(text);
}

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
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
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => {
    process.emit('warning', warning);
    if (native.noWarnings) return;
    const codePart = warning.code ? `[${warning.code}] ` : '';
    let text = `(node:${process.pid}) ${codePart}${warning.name}: ${warning.message}\n`;
    if (warning.detail) text += `${warning.detail}\n`;
    if (!warnedTraceHint) {
      warnedTraceHint = true;
      text += '(Use `node --trace-warnings ...` to show where the warning was created)\n';
    }
    writeWarning(text);
  });
};
let warnedTraceHint = false;

process.getuid = () => native.getuid ? native.getuid() : 0;

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

process.binding = function bindingStub(name) {
  throw new Error(`No such module: ${name}`);
};

module.exports = process;
