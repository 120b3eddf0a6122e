'use strict';
// fs.watch, fs.watchFile, fs.unwatchFile. watchFile polls stat on a timer,
// as Node's StatWatcher does; fs.watch is an FSWatcher over the native
// inotify watcher (binding.fs.watch).

const EventEmitter = require('events');
const { codes } = require('internal/fs/errors');
const { getValidatedPath, callSync, validateFunction } = require('internal/fs/utils');
const { getStats } = require('internal/fs/stats');

// The handle fs.watch returns: 'change' (eventType, filename), 'error',
// 'close'.
class FSWatcher extends EventEmitter {
  constructor(path, persistent, recursive, encoding) {
    super();
    this._encoding = encoding;
    this._id = binding.fs.watch(path, recursive, (eventType, filename) => {
      if (this._id === null) return;
      const name = encoding === 'buffer' ? require('buffer').Buffer.from(filename) : filename;
      this.emit('change', eventType, name);
    });
    if (!persistent) binding.fs.setWatchRef(this._id, false);
  }

  close() {
    if (this._id === null) return;
    binding.fs.unwatch(this._id);
    this._id = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._id !== null) binding.fs.setWatchRef(this._id, true);
    return this;
  }

  unref() {
    if (this._id !== null) binding.fs.setWatchRef(this._id, false);
    return this;
  }
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  return {
    persistent: options.persistent === undefined ? true : !!options.persistent,
    recursive: !!options.recursive,
    encoding: options.encoding || 'utf8',
    signal: options.signal,
  };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const path = getValidatedPath(filename);
  const opts = watchOptions(options);
  const watcher = new FSWatcher(path, opts.persistent, opts.recursive, opts.encoding);
  if (typeof listener === 'function') watcher.on('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) process.nextTick(() => watcher.close());
    else opts.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fsPromises.watch: the same events as an async iterator of
// { eventType, filename }, ended by the AbortSignal.
function watchAsync(filename, options) {
  const path = getValidatedPath(filename);
  const opts = watchOptions(options);
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  const watcher = new FSWatcher(path, opts.persistent, opts.recursive, opts.encoding);
  const finish = (err) => {
    if (done) return;
    done = true;
    failure = err || null;
    watcher.close();
    for (const w of waiting.splice(0)) {
      if (failure) w.reject(failure);
      else w.resolve({ value: undefined, done: true });
    }
  };
  watcher.on('change', (eventType, name) => {
    const event = { eventType, filename: name };
    if (waiting.length > 0) waiting.shift().resolve({ value: event, done: false });
    else queue.push(event);
  });
  if (opts.signal) {
    const abort = () => finish(new (require('internal/errors').AbortError)(undefined,
      { cause: opts.signal.reason }));
    if (opts.signal.aborted) abort();
    else opts.signal.addEventListener('abort', abort, { once: true });
  }
  return {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) {
        return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

// A stat of a missing file: all zeros, as Node reports it.
const zeroStats = new Array(18).fill(0);

function statNumbers(path) {
  try {
    return callSync('stat', path);
  } catch {
    return zeroStats;
  }
}

class StatWatcher extends EventEmitter {
  constructor(path, interval, persistent, bigint) {
    super();
    this._path = path;
    this._bigint = bigint;
    this._last = getStats(statNumbers(path), bigint);
    this._timer = setInterval(() => this._poll(), interval);
    if (!persistent && this._timer.unref) this._timer.unref();
  }

  _poll() {
    const current = getStats(statNumbers(this._path), this._bigint);
    const prev = this._last;
    if (current.mtimeMs !== prev.mtimeMs || current.ctimeMs !== prev.ctimeMs ||
        current.size !== prev.size || current.ino !== prev.ino || current.nlink !== prev.nlink) {
      this._last = current;
      this.emit('change', current, prev);
    }
  }

  stop() {
    clearInterval(this._timer);
    this.emit('stop');
  }

  ref() {
    if (this._timer.ref) this._timer.ref();
    return this;
  }

  unref() {
    if (this._timer.unref) this._timer.unref();
    return this;
  }
}

const watchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename, 'filename');
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = watchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(filename, options.interval, options.persistent, !!options.bigint);
    watchers.set(filename, watcher);
  }
  watcher.on('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename, 'filename');
  const watcher = watchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    watchers.delete(filename);
  }
}

module.exports = { watch, watchAsync, watchFile, unwatchFile, StatWatcher, FSWatcher };
