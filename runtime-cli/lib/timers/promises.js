'use strict';
// Node's `timers/promises`: promise-returning setTimeout/setImmediate, an
// async-iterator setInterval, and `scheduler`. Built directly on the
// Timeout/Immediate objects of internal/timers so `ref: false` never
// touches the loop's ref count.

const errors = require('internal/errors');
const { codes } = errors;
const timers = require('internal/timers');

const { Timeout, Immediate, clearTimeout, clearImmediate } = timers;

// Node's AbortError; internal/errors provides it once the abort work lands.
class LocalAbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function abortError(signal) {
  const AbortError = errors.AbortError || LocalAbortError;
  return new AbortError(undefined, { cause: signal.reason });
}

// Validates the shared options; returns [signal, ref] or throws.
function readOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return [signal, ref];
}

function validateDelay(delay) {
  if (delay !== undefined && typeof delay !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', delay);
  }
}

// Created ref'd then unref'd: the loop's native ref only follows
// ref-count transitions, so a timer born unref'd could leave it held.
function newTimeout(callback, delay, repeat, ref) {
  const timer = new Timeout(callback, delay, undefined, repeat, true);
  if (!ref) timer.unref();
  return timer;
}

// Settles `resolve` when the handle fires or rejects on abort, detaching
// the abort listener either way.
function race(signal, start, cancel, value) {
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start(() => {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal !== undefined && typeof signal.addEventListener === 'function') {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(delay, value, options = {}) {
  let signal;
  let ref;
  try {
    validateDelay(delay);
    [signal, ref] = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  return race(signal, (done) => newTimeout(done, delay, false, ref), clearTimeout, value);
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    [signal, ref] = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  return race(signal, (done) => {
    const immediate = new Immediate(done, undefined);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate, value);
}

// Yields `value` once per interval tick; ticks that passed while the
// consumer was busy are yielded back to back.
async function* setInterval(delay, value, options = {}) {
  validateDelay(delay);
  const [signal, ref] = readOptions(options);
  if (signal !== undefined && signal.aborted) throw abortError(signal);
  let pendingTicks = 0;
  let wake;
  let onAbort;
  const interval = newTimeout(() => {
    pendingTicks++;
    if (wake !== undefined) {
      const w = wake;
      wake = undefined;
      w();
    }
  }, delay, true, ref);
  try {
    if (signal !== undefined && typeof signal.addEventListener === 'function') {
      onAbort = () => {
        clearTimeout(interval);
        if (wake !== undefined) {
          const w = wake;
          wake = undefined;
          w();
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (signal === undefined || !signal.aborted) {
      if (pendingTicks === 0) {
        await new Promise((resolve) => { wake = resolve; });
        continue;
      }
      pendingTicks--;
      yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

// The experimental Scheduler API: wait() and yield().
class Scheduler {
  constructor(key) {
    if (key !== kScheduler) throw new TypeError('Illegal constructor');
    this[kScheduler] = true;
  }

  yield() {
    if (this === null || typeof this !== 'object' || !this[kScheduler]) {
      throw new codes.ERR_INVALID_THIS('Scheduler');
    }
    return setImmediate();
  }

  wait(delay, options) {
    if (this === null || typeof this !== 'object' || !this[kScheduler]) {
      throw new codes.ERR_INVALID_THIS('Scheduler');
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      return Promise.reject(new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options));
    }
    return setTimeout(delay, undefined, { signal: options !== undefined ? options.signal : undefined });
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
