'use strict';

// The user timing buffer: mark(), measure() and timerify().

const { codes } = require('internal/errors');
const {
  invalidTimestamp, invalidMeasureOptions, domException, validateObject,
} = require('internal/perf_hooks/errors');
const { now, nodeTiming } = require('internal/perf_hooks/clock');
const {
  kIllegal, cloneDetail, PerformanceMark, PerformanceMeasure,
  PerformanceFunctionEntry,
} = require('internal/perf_hooks/entries');
const { enqueue } = require('internal/perf_hooks/observe');

let marks = [];
let measures = [];
// Latest start time per mark name, for measure() lookups.
const markTimes = new Map();

function getMarks() { return marks; }
function getMeasures() { return measures; }
function clearMarks(name) { marks = clearBuffer(marks, name, true); }
function clearMeasures(name) { measures = clearBuffer(measures, name, false); }

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

module.exports = {
  getMarks, getMeasures, clearMarks, clearMeasures, mark, measure, timerify,
};
