'use strict';
// Runs first, with the native `binding`. Sets up the built-in module loader,
// the globals, and `process`; returns the hooks the Rust host calls.

const builtinCache = new Map();

// Loads built-in `id` from lib/ (compiled lazily, evaluated once).
function requireBuiltin(id) {
  const cached = builtinCache.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = binding.compileBuiltin(id);
  if (fn === undefined) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const module = { exports: {}, id, loaded: false };
  builtinCache.set(id, module);
  fn.call(module.exports, module.exports, requireBuiltin, module, binding);
  module.loaded = true;
  return module.exports;
}

const publicBuiltins = new Set(binding.builtinIds);

function defineLazy(target, name, load, enumerable = false) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

requireBuiltin('internal/errors').installStackFormatting();

const process = requireBuiltin('internal/process/object');
Object.defineProperty(globalThis, 'process', {
  value: process, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(globalThis, 'global', {
  value: globalThis, writable: true, configurable: true, enumerable: false,
});

const timers = requireBuiltin('internal/timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate']) {
  Object.defineProperty(globalThis, name, {
    value: timers[name], writable: true, configurable: true, enumerable: true,
  });
}

const taskQueues = requireBuiltin('internal/process/task_queues');
process.nextTick = taskQueues.nextTick;
Object.defineProperty(globalThis, 'queueMicrotask', {
  value: taskQueues.queueMicrotask, writable: true, configurable: true, enumerable: true,
});

defineLazy(globalThis, 'console', () => requireBuiltin('console'));

// Web and Node globals, each loaded from its module on first use.
const lazyGlobals = [
  ['Buffer', 'buffer', 'Buffer'],
  ['TextEncoder', 'internal/encoding', 'TextEncoder'],
  ['TextDecoder', 'internal/encoding', 'TextDecoder'],
  ['URL', 'internal/url', 'URL'],
  ['URLSearchParams', 'internal/url', 'URLSearchParams'],
  ['AbortController', 'internal/abort_controller', 'AbortController'],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal'],
  ['EventTarget', 'internal/event_target', 'EventTarget'],
  ['Event', 'internal/event_target', 'Event'],
  ['CustomEvent', 'internal/event_target', 'CustomEvent'],
  ['structuredClone', 'internal/structured_clone', 'structuredClone'],
  ['performance', 'perf_hooks', 'performance'],
  ['navigator', 'internal/navigator', 'navigator'],
  ['ReadableStream', 'stream/web', 'ReadableStream'],
  ['ReadableStreamDefaultReader', 'stream/web', 'ReadableStreamDefaultReader'],
  ['ReadableStreamBYOBReader', 'stream/web', 'ReadableStreamBYOBReader'],
  ['ReadableStreamBYOBRequest', 'stream/web', 'ReadableStreamBYOBRequest'],
  ['ReadableByteStreamController', 'stream/web', 'ReadableByteStreamController'],
  ['ReadableStreamDefaultController', 'stream/web', 'ReadableStreamDefaultController'],
  ['WritableStream', 'stream/web', 'WritableStream'],
  ['WritableStreamDefaultWriter', 'stream/web', 'WritableStreamDefaultWriter'],
  ['WritableStreamDefaultController', 'stream/web', 'WritableStreamDefaultController'],
  ['TransformStream', 'stream/web', 'TransformStream'],
  ['TransformStreamDefaultController', 'stream/web', 'TransformStreamDefaultController'],
  ['ByteLengthQueuingStrategy', 'stream/web', 'ByteLengthQueuingStrategy'],
  ['CountQueuingStrategy', 'stream/web', 'CountQueuingStrategy'],
  ['TextEncoderStream', 'stream/web', 'TextEncoderStream'],
  ['TextDecoderStream', 'stream/web', 'TextDecoderStream'],
];
for (const [name, id, key] of lazyGlobals) {
  defineLazy(globalThis, name, () => requireBuiltin(id)[key]);
}

const execution = requireBuiltin('internal/process/execution');
const loader = requireBuiltin('internal/modules/cjs');
loader.setBuiltins(requireBuiltin, publicBuiltins);

return {
  runMain: execution.runMain,
  onTimers: timers.onTimers,
  onImmediates: timers.onImmediates,
  onSignal: process._onSignal,
  onUncaught: execution.onUncaught,
  onPromiseReject: taskQueues.onPromiseReject,
  processTicks: taskQueues.processTicks,
  // The ES module loader loads on first use.
  esmResolve: (specifier, base) => requireBuiltin('internal/modules/esm').resolve(specifier, base),
  esmLoad: (url, type) => requireBuiltin('internal/modules/esm').load(url, type),
  esmMeta: (meta, url) => requireBuiltin('internal/modules/esm').initMeta(meta, url),
  beforeExit: execution.beforeExit,
  exit: execution.exit,
};
