'use strict';
// Async iteration over a ReadableStream (for await, values()) and
// ReadableStream.from(iterable). The iterator serializes its calls: each
// next()/return() waits for the previous one, as Web IDL specifies.

const { kState, createDeferred } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const readers = require('internal/webstreams/readers');
const defaultController = require('internal/webstreams/default_controller');

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const kIter = Symbol('kIter');

function iterState(it) {
  const state = it == null ? undefined : it[kIter];
  if (state === undefined) {
    throw new TypeError('Value of "this" must be of type ReadableStreamAsyncIterator');
  }
  return state;
}

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    value: function next() {
      let state;
      try {
        state = iterState(this);
      } catch (err) {
        return Promise.reject(err);
      }
      const nextSteps = () => {
        if (state.isFinished) return { done: true, value: undefined };
        const reader = state.reader;
        if (reader[kState].stream === undefined) {
          return Promise.reject(new TypeError('The reader is not attached to a stream'));
        }
        const d = createDeferred();
        readers.defaultReaderRead(reader, {
          chunk: (value) => d.resolve({ value, done: false }),
          close: () => {
            readers.defaultReaderRelease(reader);
            state.isFinished = true;
            d.resolve({ done: true, value: undefined });
          },
          error: (e) => {
            readers.defaultReaderRelease(reader);
            state.isFinished = true;
            d.reject(e);
          },
        });
        return d.promise;
      };
      state.ongoing = state.ongoing === undefined
        ? Promise.resolve(nextSteps())
        : state.ongoing.then(nextSteps, nextSteps);
      return state.ongoing;
    },
    writable: true,
    configurable: true,
  },
  return: {
    value: function ret(value = undefined) {
      let state;
      try {
        state = iterState(this);
      } catch (err) {
        return Promise.reject(err);
      }
      const returnSteps = () => {
        if (state.isFinished) return { done: true, value };
        state.isFinished = true;
        const reader = state.reader;
        if (reader[kState].stream === undefined) return { done: true, value };
        if (!state.preventCancel) {
          const result = rs.readableStreamCancel(reader[kState].stream, value);
          readers.defaultReaderRelease(reader);
          return result.then(() => ({ done: true, value }));
        }
        readers.defaultReaderRelease(reader);
        return { done: true, value };
      };
      state.ongoing = state.ongoing === undefined
        ? Promise.resolve(returnSteps())
        : state.ongoing.then(returnSteps, returnSteps);
      return state.ongoing;
    },
    writable: true,
    configurable: true,
  },
});

function createAsyncIterator(stream, preventCancel) {
  const reader = readers.acquireDefaultReader(stream);
  const it = Object.create(ReadableStreamAsyncIteratorPrototype);
  it[kIter] = { reader, preventCancel, isFinished: false, ongoing: undefined };
  return it;
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
  const next = sync.next;
  const settle = (result) => Promise.resolve(result.value)
    .then((value) => ({ value, done: !!result.done }));
  return {
    next() {
      return settle(Reflect.apply(next, sync, []));
    },
    get return() {
      const method = sync.return;
      if (method == null) return undefined;
      return (value) => settle(Reflect.apply(method, sync, [value]));
    },
  };
}

function readableStreamFromIterable(iterable) {
  const iterator = getAsyncIterator(iterable);
  const nextMethod = iterator.next;
  let controller;
  const pull = () => {
    let result;
    try {
      result = Promise.resolve(Reflect.apply(nextMethod, iterator, []));
    } catch (err) {
      return Promise.reject(err);
    }
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
