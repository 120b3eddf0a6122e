'use strict';
// fs.watch, fs.watchFile, fs.unwatchFile. watchFile polls stat on a timer,
// as Node's StatWatcher does; fs.watch needs a native file-change
// notifier (wanted: op `watch(path, recursive)` streaming events), so it
// throws a clear error for now.

const EventEmitter = require('events');
const { codes } = require('internal/fs/errors');
const { getValidatedPath, callSync, validateFunction } = require('internal/fs/utils');
const { getStats } = require('internal/fs/stats');

function watch() {
  throw new codes.ERR_FS_NOT_SUPPORTED('watch');
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

module.exports = { watch, watchFile, unwatchFile, StatWatcher };
