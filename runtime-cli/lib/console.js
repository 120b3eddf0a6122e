'use strict';
// Node's `console`: the global console and the Console class, writing
// synchronously to stdout and stderr.

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// Strings without format specifiers need no formatter: the common case of
// console.log('text') never loads util.inspect.
function formatArgs(args) {
  let plain = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a !== 'string' || (i === 0 && a.includes('%'))) {
      plain = false;
      break;
    }
  }
  if (plain) return args.length === 1 ? args[0] : args.join(' ');
  return lazyInspect().formatWithOptions({}, ...args);
}

const kIndent = Symbol('groupIndent');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');

function writer(stream, fallback) {
  if (stream === undefined) return fallback;
  return (text) => stream.write(text);
}

// The global console writes through process.stdout/stderr when a program
// has hooked them (replaced `write`, corked...); otherwise straight to the
// fd, which is what an untouched stdio stream would do anyway.
const stdioState = require('internal/process/stdio_state');

function stdioWriter(fd, native) {
  return (text) => {
    const stream = stdioState.streams[fd] === undefined
      ? undefined
      : require('internal/process/stdio').interceptedWriter(fd);
    if (stream === undefined) {
      native(text);
      return;
    }
    // Like Node's console: errors of the stream don't throw from a log call.
    stream.once('error', noop);
    stream.write(text, () => stream.removeListener('error', noop));
  };
}

function noop() {}

function formatDuration(ms) {
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) return `${(ms / 3600000).toFixed(3)}h`;
      return `${(ms / 60000).toFixed(3)}min`;
    }
    return `${(ms / 1000).toFixed(3)}s`;
  }
  return `${Number(ms.toFixed(3))}ms`;
}

function nowMs() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    let stdout = options;
    let opts = {};
    if (options && typeof options.write !== 'function') {
      opts = options;
      stdout = options.stdout;
      stderr = options.stderr;
    }
    this._out = writer(stdout, stdioWriter(1, binding.writeStdout));
    this._err = writer(stderr || stdout, stdioWriter(2, binding.writeStderr));
    this._groupIndentation = opts.groupIndentation === undefined ? 2 : opts.groupIndentation;
    this._inspectOptions = opts.inspectOptions;
    this[kIndent] = '';
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    // Methods work detached (`const { log } = console`), as in Node.
    for (const key of Object.getOwnPropertyNames(Console.prototype)) {
      if (key !== 'constructor' && typeof this[key] === 'function') {
        this[key] = this[key].bind(this);
      }
    }
  }

  _write(toErr, text) {
    const indent = this[kIndent];
    if (indent !== '') {
      text = indent + (text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
    }
    (toErr ? this._err : this._out)(`${text}\n`);
  }

  _format(args) {
    if (this._inspectOptions) return lazyInspect().formatWithOptions(this._inspectOptions, ...args);
    return formatArgs(args);
  }

  log(...args) { this._write(false, this._format(args)); }

  info(...args) { this._write(false, this._format(args)); }

  debug(...args) { this._write(false, this._format(args)); }

  warn(...args) { this._write(true, this._format(args)); }

  error(...args) { this._write(true, this._format(args)); }

  dir(object, options) {
    this._write(false, lazyInspect().inspect(object, { customInspect: false, ...options }));
  }

  dirxml(...args) { this.log(...args); }

  trace(...args) {
    const err = { name: 'Trace', message: this._format(args) };
    Error.captureStackTrace(err, this.trace);
    this._write(true, err.stack);
  }

  assert(condition, ...args) {
    if (condition) return;
    if (args.length > 0 && typeof args[0] === 'string') {
      args[0] = `Assertion failed: ${args[0]}`;
      this.warn(...args);
    } else {
      this.warn('Assertion failed', ...args);
    }
  }

  count(label = 'default') {
    label = `${label}`;
    const n = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, n);
    this.log(`${label}: ${n}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  }

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kIndent] += ' '.repeat(this._groupIndentation);
  }

  groupCollapsed(...data) { this.group(...data); }

  groupEnd() {
    this[kIndent] = this[kIndent].slice(0, this[kIndent].length - this._groupIndentation);
  }

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, nowMs());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this._timeLog('timeEnd', label, [])) this[kTimers].delete(label);
  }

  timeLog(label = 'default', ...data) {
    this._timeLog('timeLog', `${label}`, data);
  }

  _timeLog(name, label, data) {
    const start = this[kTimers].get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const text = `${label}: ${formatDuration(nowMs() - start)}`;
    if (data.length > 0) this.log(text, ...data);
    else this.log(text);
    return true;
  }

  table(data) { this.log(data); }
}

const globalConsole = new Console({ stdout: undefined, stderr: undefined });
globalConsole.Console = Console;

module.exports = globalConsole;
