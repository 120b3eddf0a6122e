'use strict';
// Async iteration over a ReadableStream (for await, values()) and
// ReadableStream.from(iterable). The iterator serializes its calls: each
// next() waits for the previous one, as Web IDL specifies.

const { kState, createDeferred } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const readers = require('internal/webstreams/readers');
const defaultController = require('internal/webstreams/default_controller');

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// The iterator objects inherit from %AsyncIteratorPrototype%. Timing
// follows Node: the first next() waits one microtask (so start() and the
// first pull can run), each next() chains on the previous one, and
// return() is an async step chained on the last next().
function createAsyncIterator(stream, preventCancel) {
  const reader = readers.acquireDefaultReader(stream);
  // `current` is the last next() promise still unsettled, if any: the
  // read steps clear it, so a next() after a settled one reads at once.
  const state = {
    reader, preventCancel, isFinished: false, current: undefined, started: false,
  };

  function nextSteps() {
    if (state.isFinished) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(new TypeError('The reader is not bound to a ReadableStream'));
    }
    const d = createDeferred();
    readers.defaultReaderRead(reader, {
      chunk: (value) => {
        state.current = undefined;
        d.resolve({ value, done: false });
      },
      close: () => {
        state.current = undefined;
        readers.defaultReaderRelease(reader);
        state.isFinished = true;
        d.resolve({ done: true, value: undefined });
      },
      error: (e) => {
        state.current = undefined;
        readers.defaultReaderRelease(reader);
        state.isFinished = true;
        d.reject(e);
      },
    });
    return d.promise;
  }

  async function returnSteps(value) {
    if (state.isFinished) return { done: true, value };
    state.isFinished = true;
    if (reader[kState].stream === undefined) {
      throw new TypeError('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = rs.readableStreamCancel(reader[kState].stream, value);
      readers.defaultReaderRelease(reader);
      await result;
      return { done: true, value };
    }
    readers.defaultReaderRelease(reader);
    return { done: true, value };
  }

  const iterator = {
    next() {
      if (!state.started) {
        state.started = true;
        state.current = Promise.resolve();
      }
      state.current = state.current === undefined
        ? nextSteps() : state.current.then(nextSteps, nextSteps);
      return state.current;
    },
    return(value = undefined) {
      if (state.current === undefined) return returnSteps(value);
      return state.current.then(() => returnSteps(value), () => returnSteps(value));
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return Object.setPrototypeOf(iterator, AsyncIteratorPrototype);
}

// ---- ReadableStream.from ----

function notIterable(value) {
  let shown;
  try {
    shown = String(value);
  } catch {
    shown = typeof value;
  }
  const err = new TypeError(`${shown} must be iterable`);
  Object.defineProperty(err, 'code', {
    value: 'ERR_ARG_NOT_ITERABLE', enumerable: true, writable: true, configurable: true,
  });
  return err;
}

// GetIterator(obj, async): the async iterator, or the sync one adapted so
// its values (which may be promises) are awaited.
function getAsyncIterator(obj) {
  if (obj == null) throw new TypeError(`${obj} is not iterable`);
  const asyncMethod = obj == null ? undefined : obj[Symbol.asyncIterator];
  if (asyncMethod != null) {
    const iterator = Reflect.apply(asyncMethod, obj, []);
    if (iterator === null || typeof iterator !== 'object') {
      throw new TypeError('The iterator method must return an object');
    }
    return iterator;
  }
  const syncMethod = obj == null ? undefined : obj[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw notIterable(obj);
  const sync = Reflect.apply(syncMethod, obj, []);
  if (sync === null || typeof sync !== 'object') {
    throw new TypeError('The iterator method must return an object');
  }
  // yield* in an async generator is the standard's async-from-sync
  // iterator: values (maybe promises) are awaited, return() forwarded.
  const iterable = { [Symbol.iterator]: () => sync };
  return (async function* fromSync() { return yield* iterable; })();
}

function readableStreamFromIterable(iterable) {
  const iterator = getAsyncIterator(iterable);
  const nextMethod = iterator.next;
  let controller;
  // An async function, so a throwing next() rejects and the pull settles
  // when the chained step does (Node's timing).
  const pull = async () => {
    const result = Promise.resolve(Reflect.apply(nextMethod, iterator, []));
    return result.then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new TypeError('The promise returned by the iterator.next() method must ' +
          'fulfill with an object');
      }
      const cstate = controller[kState];
      if (iterResult.done) defaultController.close(cstate);
      else defaultController.enqueue(cstate, iterResult.value);
    });
  };
  const cancel = (reason) => {
    let result;
    try {
      const method = iterator.return;
      if (method == null) return Promise.resolve();
      result = Promise.resolve(Reflect.apply(method, iterator, [reason]));
    } catch (err) {
      return Promise.reject(err);
    }
    return result.then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new TypeError('The promise returned by the iterator.return() method must ' +
          'fulfill with an object');
      }
    });
  };
  const stream = rs.createReadableStream((c) => { controller = c; }, pull, cancel, 0);
  return stream;
}

module.exports = { createAsyncIterator, readableStreamFromIterable };
