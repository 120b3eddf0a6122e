'use strict';
// Node's `perf_hooks`: the `performance` object (high-resolution clock,
// user timing marks and measures), PerformanceObserver for those entries,
// timerify, and a minimal eventLoopUtilization.

const { codes } = require('internal/errors');

const hrtime = binding.process.hrtime;
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kIllegal = Symbol('kIllegal');

// ---- errors not (yet) in internal/errors --------------------------------

function nodeError(code, Base, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    value: code, enumerable: true, writable: true, configurable: true,
  });
  err.toString = function toString() { return `${Base.name} [${code}]: ${this.message}`; };
  return err;
}

function missingArgs(...names) {
  if (codes.ERR_MISSING_ARGS) return new codes.ERR_MISSING_ARGS(...names);
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return nodeError('ERR_MISSING_ARGS', TypeError, `The ${list} must be specified`);
}

function illegalConstructor() {
  if (codes.ERR_ILLEGAL_CONSTRUCTOR) return new codes.ERR_ILLEGAL_CONSTRUCTOR();
  return nodeError('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
}

function invalidTimestamp(value) {
  return nodeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', TypeError,
    `${value} is not a valid timestamp`);
}

function invalidMeasureOptions(message) {
  return nodeError('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', TypeError, message);
}

// A DOMException when the web globals provide one (SyntaxError is code 12).
function domException(message, name, code) {
  if (typeof globalThis.DOMException === 'function') {
    return new globalThis.DOMException(message, name);
  }
  const err = new Error(message);
  err.name = name;
  Object.defineProperty(err, 'code', { value: code, configurable: true });
  return err;
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

// ---- the clock ----------------------------------------------------------

// Time zero is process start: the host's uptime says how long ago that
// was. Kept as whole seconds + nanoseconds so now() subtracts exactly and
// reads as microsecond-precision milliseconds, as in Node.
let originS;
let originNs;
{
  const [s, ns] = hrtime();
  const upNs = Math.round(binding.process.uptime() * 1e9);
  originS = s - Math.floor(upNs / 1e9);
  originNs = ns - (upNs % 1e9);
}
const timeOrigin = Date.now() - binding.process.uptime() * 1e3;

function now() {
  const [s, ns] = hrtime();
  return ((s - originS) * 1e9 + (ns - originNs)) / 1e6;
}

const bootstrapComplete = now();
// The loop has started once an immediate runs (unref'd: it never keeps
// the process alive by itself).
let loopStart = -1;
setImmediate(() => { loopStart = now(); }).unref();

// ---- entries ------------------------------------------------------------

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(key, name, type, start, duration) {
    if (key !== kIllegal) throw illegalConstructor();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }

  toJSON() {
    if (!(this instanceof PerformanceEntry)) {
      throw new codes.ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    }
    return { name: this.name, entryType: this.entryType, startTime: this.startTime,
      duration: this.duration };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }
}

Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  get() { return this.constructor.name; }, configurable: true,
});

// Entries carry a structured clone of `detail`, as in Node.
function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  let clone;
  try {
    clone = globalThis.structuredClone;
  } catch {
    clone = undefined;
  }
  return typeof clone === 'function' ? clone(detail) : detail;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    if (options !== undefined && options !== null) validateObject(options, 'options');
    const startTime = options != null && options.startTime !== undefined ?
      options.startTime : now();
    if (typeof startTime !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
    }
    if (startTime < 0) throw invalidTimestamp(startTime);
    const detail = cloneDetail(options != null ? options.detail : undefined);
    super(kIllegal, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  #detail;

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    super(key, name, 'measure', start, duration);
    this.#detail = detail;
  }

  #detail;

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

// Entries from timerify()'d functions.
class PerformanceFunctionEntry extends PerformanceEntry {
  constructor(key, name, start, duration, args) {
    super(key, name, 'function', start, duration);
    this.#detail = args;
  }

  #detail;

  get detail() { return this.#detail; }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    super();
  }
}

// ---- observers ----------------------------------------------------------

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
          const old = t === 'mark' ? marks : t === 'measure' ? measures : [];
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

// ---- the user timing buffer ---------------------------------------------

let marks = [];
let measures = [];
// Latest start time per mark name, for measure() lookups.
const markTimes = new Map();

function clearBuffer(list, name, byName) {
  if (name === undefined) {
    if (byName) markTimes.clear();
    return [];
  }
  name = `${name}`;
  if (byName) markTimes.delete(name);
  return list.filter((e) => e.name !== name);
}

// A mark name or a timestamp, as a time.
function markTime(value) {
  if (typeof value === 'number') {
    if (value < 0) throw invalidTimestamp(value);
    return value;
  }
  value = `${value}`;
  const time = markTimes.get(value);
  if (time !== undefined) return time;
  const milestone = nodeTiming[value];
  if (typeof milestone === 'number' && value !== 'duration' && value !== 'startTime') {
    return milestone;
  }
  throw domException(`The "${value}" performance mark has not been set`, 'SyntaxError', 12);
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  marks.push(entry);
  markTimes.set(entry.name, entry.startTime);
  enqueue(entry);
  return entry;
}

function measure(name, startOrOptions, endMark) {
  if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start: s, end: e, duration } = startOrOptions;
    if (endMark !== undefined) throw invalidMeasureOptions('endMark must not be specified');
    if (s !== undefined && e !== undefined && duration !== undefined) {
      throw invalidMeasureOptions(
        'Must not have options.start, options.end, and options.duration specified');
    }
    if (e !== undefined) end = markTime(e);
    else if (s !== undefined && duration !== undefined) end = markTime(s) + duration;
    else end = now();
    if (s !== undefined) start = markTime(s);
    else if (e !== undefined && duration !== undefined) start = end - duration;
    else start = 0;
    detail = cloneDetail(startOrOptions.detail);
  } else {
    end = endMark !== undefined ? markTime(endMark) : now();
    // Node v20 reads only mark names in this position; numbers mean 0.
    start = typeof startOrOptions === 'string' ? markTime(startOrOptions) : 0;
  }
  const entry = new PerformanceMeasure(kIllegal, name, start, end - start, detail);
  measures.push(entry);
  enqueue(entry);
  return entry;
}

// ---- timerify and loop utilization --------------------------------------

function timerify(fn, options = {}) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  if (options !== undefined) validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    const finish = () => {
      enqueue(new PerformanceFunctionEntry(kIllegal, fn.name, start, now() - start, args));
    };
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      result.then(finish, finish);
    } else {
      finish();
    }
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

// The host does not report loop idle time yet, so all elapsed loop time
// counts as active; before the loop starts everything is zero.
function eventLoopUtilization(util1, util2) {
  const active = loopStart < 0 ? 0 : now() - loopStart;
  const current = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
  if (util1 === undefined) return current;
  const base = util2 !== undefined ? util2 : current;
  const idle = base.idle - util1.idle;
  const act = base.active - util1.active;
  const sum = idle + act;
  return { idle, active: act, utilization: sum > 0 ? act / sum : 0 };
}

// ---- performance --------------------------------------------------------

class PerformanceNodeTiming {
  constructor() {
    // Own enumerable getters, as Node shows them.
    const fixed = { name: 'node', entryType: 'node', startTime: 0 };
    const getters = {
      duration: now,
      nodeStart: () => 0,
      v8Start: () => 0,
      environment: () => bootstrapComplete,
      loopStart: () => loopStart,
      loopExit: () => -1,
      bootstrapComplete: () => bootstrapComplete,
      idleTime: () => 0,
      uvMetricsInfo: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
    };
    for (const key of Object.keys(fixed)) {
      Object.defineProperty(this, key, { value: fixed[key], enumerable: true, configurable: true });
    }
    for (const key of Object.keys(getters)) {
      Object.defineProperty(this, key, { get: getters[key], enumerable: true, configurable: true });
    }
  }

  toJSON() {
    const out = {};
    for (const key of Object.keys(this)) if (key !== 'uvMetricsInfo') out[key] = this[key];
    return out;
  }
}
const nodeTiming = new PerformanceNodeTiming();

class Performance {
  constructor(key) {
    if (key !== kIllegal) throw illegalConstructor();
  }

  clearMarks(name) { marks = clearBuffer(marks, name, true); }
  clearMeasures(name) { measures = clearBuffer(measures, name, false); }
  clearResourceTimings() {}

  getEntries() {
    return marks.concat(measures).sort(byStartTime);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    let list;
    if (type === undefined) list = marks.concat(measures);
    else if (`${type}` === 'mark') list = marks;
    else if (`${type}` === 'measure') list = measures;
    else return [];
    return list.filter((e) => e.name === name).sort(byStartTime);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    type = `${type}`;
    if (type === 'mark') return marks.slice().sort(byStartTime);
    if (type === 'measure') return measures.slice().sort(byStartTime);
    return [];
  }

  mark(name, options) {
    if (arguments.length === 0) throw missingArgs('name');
    return mark(name, options);
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw missingArgs('name');
    return measure(name, startOrOptions, endMark);
  }

  now() { return now(); }
  setResourceTimingBufferSize() {}
  get timeOrigin() { return timeOrigin; }

  toJSON() {
    return { nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }

  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }
  get nodeTiming() { return nodeTiming; }
  markResourceTiming() {}
  timerify(fn, options = undefined) { return timerify(fn, options); }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});
Performance.prototype.onresourcetimingbufferfull = null;

const performance = new Performance(kIllegal);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
