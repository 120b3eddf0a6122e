'use strict';
// Readable's iterator helpers (map, filter, take, toArray...). Each takes
// the stream as `this`; stream.js wraps the generator-returning ones with
// Readable.from.

const {
  codes, AbortError, validateObject, validateAbortSignal,
} = require('internal/streams/errors');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function nop() {}

// Operators accept plain or async functions, and say so in the message.
function validateFunction(fn, name) {
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
  }
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }
}

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function throwIfAborted(options) {
  if (options && options.signal && options.signal.aborted) throw abortErrorFor(options.signal);
}

// map(): calls fn for up to `concurrency` chunks at once, buffering at most
// `highWaterMark` results, and yields results in source order.
function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options != null && options.concurrency != null) {
    concurrency = Math.floor(options.concurrency);
  }
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) {
    highWaterMark = Math.floor(options.highWaterMark);
  }
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const stream = this;

  return (async function* mapped() {
    const ac = new AbortController();
    const outer = options && options.signal;
    const onOuterAbort = () => ac.abort(outer.reason);
    if (outer) {
      if (outer.aborted) ac.abort(outer.reason);
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
    const signal = ac.signal;
    const fnOptions = { signal };

    const queue = []; // results (values or promises) in source order
    let inFlight = 0;
    let done = false;
    let wakeConsumer = null;
    let wakePump = null;

    function consumerReady() {
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    }
    function pumpReady() {
      if (wakePump) {
        const w = wakePump;
        wakePump = null;
        w();
      }
    }
    function settled() {
      inFlight--;
      pumpReady();
    }
    function track(val) {
      if (val && typeof val.then === 'function') {
        inFlight++;
        // Also marks rejections handled until the consumer awaits them.
        val.then(settled, settled);
      }
      queue.push(val);
      consumerReady();
    }

    async function pump() {
      try {
        for await (const chunk of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          let val;
          try {
            val = fn(chunk, fnOptions);
          } catch (err) {
            val = Promise.reject(err);
          }
          track(val);
          while (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakePump = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        track(Promise.reject(err));
      } finally {
        done = true;
        consumerReady();
      }
    }
    pump();

    try {
      for (;;) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          pumpReady();
        }
        if (done && queue.length === 0) return;
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      pumpReady();
      ac.abort();
      if (outer) outer.removeEventListener('abort', onOuterAbort);
    }
  })();
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function keep(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, keep, options);
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function each(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, each, options));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = abortErrorFor(options.signal);
    this.once('error', nop);
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  const outer = options && options.signal;
  const onOuterAbort = () => ac.abort();
  if (outer) outer.addEventListener('abort', onOuterAbort, { once: true });
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      throwIfAborted(options);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) {
      const err = new codes.ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    ac.abort();
    if (outer) outer.removeEventListener('abort', onOuterAbort);
  }
  return initialValue;
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* taken() {
    throwIfAborted(options);
    if (number <= 0) return;
    for await (const val of stream) {
      throwIfAborted(options);
      if (number-- > 0) yield val;
      // Stop before pulling another chunk from the source.
      if (number <= 0) return;
    }
  })();
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* dropped() {
    throwIfAborted(options);
    for await (const val of stream) {
      throwIfAborted(options);
      if (number-- <= 0) yield val;
    }
  })();
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flattened() {
    for await (const val of values) yield* val;
  })();
}

function asIndexedPairs(options) {
  validateOptions(options);
  const stream = this;
  return (async function* indexed() {
    let index = 0;
    for await (const val of stream) {
      throwIfAborted(options);
      yield [index++, val];
    }
  })();
}

function compose(stream, options) {
  validateOptions(options);
  const { isNodeStream, isWritable } = require('internal/streams/utils');
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal,
      composed);
  }
  return composed;
}

module.exports = {
  streamReturning: { asIndexedPairs, drop, filter, flatMap, map, take, compose },
  promiseReturning: { every, forEach, reduce, toArray, some, find },
};
