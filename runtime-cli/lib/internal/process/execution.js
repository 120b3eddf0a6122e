'use strict';
// Running the entry point, and the end of a process: uncaught exceptions
// (printed like Node, exit 1), 'beforeExit' and 'exit'.

const native = binding.process;

// "file:line:col" of the first frame of an error's stack, if any.
function throwSite(err) {
  const stack = err && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string') return undefined;
  const m = /\n\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/.exec(stack);
  if (!m) return undefined;
  return { file: m[1], line: Number(m[2]), col: Number(m[3]) };
}

// Node's header above a fatal error: the file and line, the source line,
// and a caret under the column.
function sourceContext(err) {
  const site = throwSite(err);
  if (site === undefined || site.file.startsWith('node:')) return '';
  let text;
  try {
    const file = site.file.startsWith('file:')
      ? require('internal/url_path').fileURLToPath(site.file)
      : site.file;
    text = binding.fs.readFileUtf8(file);
  } catch {
    return '';
  }
  const line = text.split('\n')[site.line - 1];
  if (line === undefined) return '';
  return `${site.file}:${site.line}\n${line}\n${' '.repeat(Math.max(0, site.col - 1))}^\n\n`;
}

function describeFatal(err) {
  const body = require('internal/util/inspect').inspect(err);
  if (err instanceof Error || (err && typeof err === 'object' && typeof err.stack === 'string')) {
    return `${sourceContext(err)}${body}\n\nNode.js ${process.version}\n`;
  }
  return `Uncaught ${body}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n\n` +
    `Node.js ${process.version}\n`;
}

// Never throws: an error whose getters or proxy traps throw still gets a
// report, however plain.
function printFatal(err) {
  let text;
  try {
    text = describeFatal(err);
  } catch {
    try {
      text = `Uncaught ${typeof err === 'object' && err !== null ? '[object]' : String(err)}\n`;
    } catch {
      text = 'Uncaught exception\n';
    }
  }
  binding.writeStderr(text);
}

// Hook: an exception nobody caught. Goes to 'uncaughtException' listeners
// if there are any; otherwise print it and exit 1 (after 'exit').
function onUncaught(err, origin = 'uncaughtException') {
  try {
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', err, origin);
    }
    const capture = process._uncaughtCaptureCallback();
    if (capture !== null) {
      capture(err);
      return;
    }
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
      return;
    }
  } catch (thrown) {
    printFatal(thrown);
    binding.reallyExit(7);
  }
  printFatal(err);
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = 1;
    try {
      process.emit('exit', 1);
    } catch (thrown) {
      printFatal(thrown);
    }
  }
  binding.reallyExit(1);
}

function evalCode(source, print, name) {
  const { makeRequire, Module } = require('internal/modules/cjs');
  const path = require('path');
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequire(module);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = binding.evalScript(source, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    binding.writeStdout(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

// Whether the entry point is an ES module: .mjs, or .js under a
// "type": "module" package (without loading the ES module loader).
function isModuleEntry(file) {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  const path = require('path');
  return require('internal/modules/package_json').typeOf(path.dirname(file)) === 'module';
}

// Set while the main ES module (with its top-level awaits) has not settled.
let mainModulePending = false;

function runMainFile(filename) {
  const cjs = require('internal/modules/cjs');
  const resolved = cjs.Module._resolveFilename(filename, null, true);
  if (!isModuleEntry(resolved)) {
    cjs.runMain(resolved);
    return;
  }
  const { pathToFileURL } = require('internal/url_path');
  mainModulePending = true;
  import(pathToFileURL(resolved)).then(() => {
    mainModulePending = false;
  }, (err) => {
    mainModulePending = false;
    onUncaught(err);
  });
}

// Hook: run the entry point (a file, -e/-p code, or stdin).
function runMain() {
  const args = native.args;
  switch (native.mode) {
    case 'file': {
      const path = require('path');
      const filename = path.resolve(native.mainFile);
      process.argv = [process.execPath, filename, ...args];
      runMainFile(filename);
      break;
    }
    case 'eval':
    case 'print':
      process.argv = [process.execPath, ...args];
      evalCode(native.evalSource, native.mode === 'print', '[eval]');
      break;
    case 'stdin':
      process.argv = [process.execPath, '-', ...args];
      evalCode(binding.readStdin(), false, '[stdin]');
      break;
    default:
      break;
  }
}

// Hook: the loop ran dry. Listeners may schedule more work.
function beforeExit() {
  if (!process._exiting) process.emit('beforeExit', process.exitCode || 0);
}

// Hook: the process ends naturally; returns the exit code.
function exit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
    // Node runs promise jobs queued by 'exit' listeners (not ticks).
    binding.runMicrotasks();
  }
  if (mainModulePending && process.exitCode === undefined) {
    // The loop ran dry under a top-level await that can never finish:
    // Node's exit code 13, decided after 'exit' (whose listeners saw 0).
    binding.writeStderr('Warning: Detected unsettled top-level await\n');
    return 13;
  }
  return process.exitCode || 0;
}

module.exports = { runMain, onUncaught, beforeExit, exit, printFatal };
