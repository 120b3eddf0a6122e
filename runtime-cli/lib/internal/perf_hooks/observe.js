'use strict';

// PerformanceObserver: entry delivery to observers in one immediate.

const { codes } = require('internal/errors');
const {
  missingArgs, illegalConstructor, validateObject,
} = require('internal/perf_hooks/errors');
const { kInspect, kIllegal } = require('internal/perf_hooks/entries');

const supportedEntryTypes = Object.freeze(
  ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

const observers = new Set();
const pendingObservers = new Set();
let deliveryScheduled = false;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

class PerformanceObserverEntryList {
  constructor(key, entries) {
    if (key !== kIllegal) throw illegalConstructor();
    this._entries = entries.sort(byStartTime);
  }

  getEntries() {
    return this._entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    type = `${type}`;
    return this._entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    return this._entries.filter((e) => e.name === name &&
      (type === undefined || e.entryType === `${type}`));
  }
}

// Observer callbacks run together in one immediate after entries arrive.
function deliver() {
  deliveryScheduled = false;
  const ready = [...pendingObservers];
  pendingObservers.clear();
  for (const observer of ready) {
    const records = observer.takeRecords();
    if (records.length === 0) continue;
    const list = new PerformanceObserverEntryList(kIllegal, records);
    observer._callback.call(observer, list, observer);
  }
}

function enqueue(entry) {
  if (observers.size === 0) return;
  for (const observer of observers) {
    if (!observer._types.has(entry.entryType)) continue;
    observer._buffer.push(entry);
    pendingObservers.add(observer);
  }
  if (pendingObservers.size > 0 && !deliveryScheduled) {
    deliveryScheduled = true;
    setImmediate(deliver);
  }
}

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    this._callback = callback;
    this._types = new Set();
    this._buffer = [];
    this._mode = undefined;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw missingArgs('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      // A new entryTypes list replaces the old one.
      this._mode = 'multiple';
      this._types.clear();
      this._buffer = [];
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) this._types.add(t);
      }
    } else {
      // Each `type` call adds one more type to observe.
      if (this._mode === 'multiple') {
        this._types.clear();
        this._buffer = [];
      }
      this._mode = 'single';
      const t = `${type}`;
      if (supportedEntryTypes.includes(t)) {
        this._types.add(t);
        if (buffered) {
          const { getMarks, getMeasures } = require('internal/perf_hooks/user_timing');
          const old = t === 'mark' ? getMarks() : t === 'measure' ? getMeasures() : [];
          for (const e of old) this._buffer.push(e);
          if (old.length > 0) {
            pendingObservers.add(this);
            if (!deliveryScheduled) {
              deliveryScheduled = true;
              setImmediate(deliver);
            }
          }
        }
      }
    }
    if (this._types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this._buffer = [];
    this._types.clear();
    this._mode = undefined;
  }

  takeRecords() {
    const records = this._buffer;
    this._buffer = [];
    return records;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: [...this._types],
      buffer: this._buffer,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = {
  byStartTime, PerformanceObserverEntryList, enqueue, PerformanceObserver,
};
