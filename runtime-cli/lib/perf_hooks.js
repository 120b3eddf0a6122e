'use strict';
// Node's `perf_hooks`: the `performance` object (high-resolution clock,
// user timing marks and measures), PerformanceObserver for those entries,
// timerify, and a minimal eventLoopUtilization.
//
// This is the entry (the Performance class and the exports); the parts
// live in internal/perf_hooks/.

const { missingArgs, illegalConstructor } = require('internal/perf_hooks/errors');
const {
  timeOrigin, now, eventLoopUtilization, nodeTiming,
} = require('internal/perf_hooks/clock');
const {
  kIllegal, PerformanceEntry, PerformanceMark, PerformanceMeasure,
  PerformanceResourceTiming,
} = require('internal/perf_hooks/entries');
const {
  byStartTime, PerformanceObserverEntryList, PerformanceObserver,
} = require('internal/perf_hooks/observe');
const {
  getMarks, getMeasures, clearMarks, clearMeasures, mark, measure, timerify,
} = require('internal/perf_hooks/user_timing');

class Performance {
  constructor(key) {
    if (key !== kIllegal) throw illegalConstructor();
  }

  clearMarks(name) { clearMarks(name); }
  clearMeasures(name) { clearMeasures(name); }
  clearResourceTimings() {}

  getEntries() {
    return getMarks().concat(getMeasures()).sort(byStartTime);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    let list;
    if (type === undefined) list = getMarks().concat(getMeasures());
    else if (`${type}` === 'mark') list = getMarks();
    else if (`${type}` === 'measure') list = getMeasures();
    else return [];
    return list.filter((e) => e.name === name).sort(byStartTime);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    type = `${type}`;
    if (type === 'mark') return getMarks().slice().sort(byStartTime);
    if (type === 'measure') return getMeasures().slice().sort(byStartTime);
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
