'use strict';
// The `events` module's static helpers that work with both EventEmitters and
// EventTargets: once, on (async iterator), getEventListeners,
// getMaxListeners, addAbortListener.

const {
  codes, AbortError, validateFunction, validateAbortSignal,
} = require('internal/util/extra_errors');

let et;
function eventTarget() {
  if (et === undefined) et = require('internal/event_target');
  return et;
}

function isEventEmitter(value) {
  return value !== null && typeof value === 'object' && typeof value.on === 'function' &&
    typeof value.removeListener === 'function';
}

function addListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Resolves with the arguments of the next `name` event; rejects on 'error'
// (EventEmitters) or when the signal aborts. Async, so bad arguments reject.
async function once(emitter, name, options = {}) {
  // Node v20 reads options.signal without validating options itself.
  const signal = options == null ? undefined : options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      removeListener(emitter, name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      removeListener(emitter, name, resolver);
      removeListener(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal.reason }));
    };
    addListener(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', onError);
    }
    if (signal !== undefined) signal.addEventListener('abort', onAbort, { once: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* gen() {}).prototype);

function doneResult() {
  return { value: undefined, done: true };
}

// An async iterator over `event`: each value is the listener's arguments.
function on(emitter, event, options = {}) {
  if (options == null) options = {};
  const signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (signal !== undefined && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  const highWaterMark = options.highWaterMark !== undefined
    ? options.highWaterMark : Number.MAX_SAFE_INTEGER;
  const lowWaterMark = options.lowWaterMark !== undefined ? options.lowWaterMark : 1;
  const closeEvents = options.close;

  // Events not yet read, and reads waiting for an event. At most one of the
  // two queues is non-empty at a time.
  const events = [];
  const pending = [];
  let error = null;
  let finished = false;
  let paused = false;

  function eventHandler(...args) {
    if (pending.length > 0) {
      pending.shift().resolve({ value: args, done: false });
      return;
    }
    events.push(args);
    // Backpressure for emitters that can pause (streams).
    if (!paused && events.length > highWaterMark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (pending.length > 0) pending.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function abortHandler() {
    errorHandler(new AbortError(undefined, { cause: signal.reason }));
  }

  function removeAll() {
    removeListener(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.on === 'function') {
      removeListener(emitter, 'error', errorHandler);
    }
    if (closeEvents) {
      for (let i = 0; i < closeEvents.length; i++) removeListener(emitter, closeEvents[i], closeHandler);
    }
    if (signal !== undefined) signal.removeEventListener('abort', abortHandler);
  }

  function closeHandler() {
    removeAll();
    finished = true;
    while (pending.length > 0) pending.shift().resolve(doneResult());
    return Promise.resolve(doneResult());
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < lowWaterMark && typeof emitter.resume === 'function') {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        pending.push({ resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  addListener(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') {
    emitter.on('error', errorHandler);
  }
  if (closeEvents) {
    for (let i = 0; i < closeEvents.length; i++) addListener(emitter, closeEvents[i], closeHandler);
  }
  if (signal !== undefined) signal.addEventListener('abort', abortHandler, { once: true });
  return iterator;
}

function getEventListeners(emitter, type) {
  if (emitter !== null && typeof emitter === 'object' && typeof emitter.listeners === 'function') {
    return emitter.listeners(type);
  }
  const mod = eventTarget();
  if (mod.isEventTarget(emitter)) return mod.listenersOf(emitter, type);
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function getMaxListeners(emitter) {
  if (emitter !== null && typeof emitter === 'object' &&
      typeof emitter.getMaxListeners === 'function') {
    return emitter.getMaxListeners();
  }
  const mod = eventTarget();
  if (mod.isEventTarget(emitter)) return mod.getMaxListeners(emitter);
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

// Calls `listener` once `signal` aborts (now, on a microtask, if it
// already has); the result's [Symbol.dispose]() stops listening.
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removed;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    removed = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      if (removed !== undefined) removed();
    },
  };
}

module.exports = {
  once, on, getEventListeners, getMaxListeners, addAbortListener, isEventEmitter,
};
