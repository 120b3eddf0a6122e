'use strict';

// PerformanceEntry and its subclasses (mark, measure, function, resource).

const { codes } = require('internal/errors');
const {
  missingArgs, illegalConstructor, invalidTimestamp, validateObject,
} = require('internal/perf_hooks/errors');
const { now } = require('internal/perf_hooks/clock');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kIllegal = Symbol('kIllegal');

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

module.exports = {
  kInspect, kIllegal, PerformanceEntry, cloneDetail, PerformanceMark,
  PerformanceMeasure, PerformanceFunctionEntry, PerformanceResourceTiming,
};
