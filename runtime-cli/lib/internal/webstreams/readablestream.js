'use strict';
// ReadableStream: the public class and the stream-level abstract operations
// of the Streams Standard (close, error, cancel, fulfilling read requests).
// Readers live in readers.js, controllers in default_controller.js and
// byte_controller.js, pipeTo in pipe.js, tee in tee.js, iteration and
// ReadableStream.from in iteration.js.

const {
  kState, codes, ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE_RANGE, checkThis, isBrand,
  validateObject, validateAbortSignal, createDeferred, setPromiseHandled, rejected,
  extractHighWaterMark, extractSizeAlgorithm, customInspect, inspectSymbol,
} = require('internal/webstreams/util');

// Sibling modules are loaded on first use: they require this one too.
const lazy = (id) => {
  let mod;
  return () => (mod ??= require(id));
};
const readers = lazy('internal/webstreams/readers');
const defaultController = lazy('internal/webstreams/default_controller');
const byteController = lazy('internal/webstreams/byte_controller');
const pipe = lazy('internal/webstreams/pipe');
const tee = lazy('internal/webstreams/tee');
const iteration = lazy('internal/webstreams/iteration');
const writable = lazy('internal/webstreams/writablestream');

// The fields every ReadableStream starts with. `closed` settles when the
// stream closes or errors, whoever holds it: finished() waits on it.
function initializeReadableStream(stream) {
  const closed = createDeferred();
  setPromiseHandled(closed.promise);
  stream[kState] = {
    brand: 'ReadableStream',
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    closed,
  };
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    validateObject(source, 'source');
    validateObject(strategy, 'strategy');
    initializeReadableStream(this);
    const type = source.type;
    if (type === 'bytes' || (type !== undefined && `${type}` === 'bytes')) {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE_RANGE('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy, 0);
      byteController().setupFromSource(this, source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      defaultController().setupFromSource(this, source, hwm, size);
    } else {
      throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    }
  }

  get locked() {
    return isLocked(checkThis(this, 'ReadableStream'));
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStream')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStream'));
    }
    if (isLocked(this[kState])) {
      return rejected(new ERR_INVALID_STATE('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkThis(this, 'ReadableStream');
    validateObject(options, 'options', true);
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new (readers().ReadableStreamDefaultReader)(this);
    if (`${mode}` !== 'byob') throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new (readers().ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = {}) {
    checkThis(this, 'ReadableStream');
    const readable = transform == null ? undefined : transform.readable;
    if (!isBrand(readable, 'ReadableStream')) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform.writable;
    if (!isBrand(dest, 'WritableStream')) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    }
    const opts = readPipeOptions(options);
    if (isLocked(this[kState])) throw new ERR_INVALID_STATE('The ReadableStream is locked');
    if (writable().isLocked(dest)) throw new ERR_INVALID_STATE('The WritableStream is locked');
    const promise = pipe().readableStreamPipeTo(this, dest, opts);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      checkThis(this, 'ReadableStream');
      if (!isBrand(destination, 'WritableStream')) {
        throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = readPipeOptions(options);
      if (isLocked(this[kState])) throw new ERR_INVALID_STATE('The ReadableStream is locked');
      if (writable().isLocked(destination)) {
        throw new ERR_INVALID_STATE('The WritableStream is locked');
      }
      return pipe().readableStreamPipeTo(this, destination, opts);
    } catch (err) {
      return rejected(err);
    }
  }

  tee() {
    const state = checkThis(this, 'ReadableStream');
    if (isLocked(state)) throw new ERR_INVALID_STATE('ReadableStream is locked');
    return tee().readableStreamTee(this);
  }

  values(options = undefined) {
    checkThis(this, 'ReadableStream');
    validateObject(options, 'options', true);
    const preventCancel = options == null ? false : !!options.preventCancel;
    return iteration().createAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return iteration().readableStreamFromIterable(iterable);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'ReadableStream', {
      locked: isLocked(state),
      state: state.state,
      supportsBYOB: isBrand(state.controller, 'ReadableByteStreamController'),
    });
  }
}

function readPipeOptions(options) {
  validateObject(options, 'options', true);
  const opts = options == null ? {} : options;
  const signal = opts.signal;
  validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!opts.preventAbort,
    preventCancel: !!opts.preventCancel,
    preventClose: !!opts.preventClose,
    signal,
  };
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, {
  value: 'ReadableStream', configurable: true,
});
for (const key of ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']) {
  Object.defineProperty(ReadableStream.prototype, key, {
    ...Object.getOwnPropertyDescriptor(ReadableStream.prototype, key), enumerable: true,
  });
}

// ---- abstract operations ----

function isLocked(state) {
  return state.reader !== undefined;
}

// CreateReadableStream: a stream over internal algorithms (tee, transform
// streams, adapters), without going through a user-visible source object.
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  defaultController().setup(stream, start, pull, cancel, hwm, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  byteController().setup(stream, start, pull, cancel, 0, undefined);
  return stream;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return rejected(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  const sourceCancel = state.controller[kState].cancelSteps(reason);
  return sourceCancel.then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  state.closed.resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closedPromise.resolve();
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  state.closed.reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  const rstate = reader[kState];
  rstate.closedPromise.reject(error);
  setPromiseHandled(rstate.closedPromise.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    readers().errorReadRequests(reader, error);
  } else {
    readers().errorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, request) {
  stream[kState].reader[kState].readRequests.push(request);
}

function readableStreamAddReadIntoRequest(stream, request) {
  stream[kState].reader[kState].readIntoRequests.push(request);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  return isBrand(stream[kState].reader, 'ReadableStreamDefaultReader');
}

function readableStreamHasBYOBReader(stream) {
  return isBrand(stream[kState].reader, 'ReadableStreamBYOBReader');
}

// Node's stream utilities (finished(), isDisturbed()...) look at web
// streams through these shared symbols; the closed promise is registered
// on internal/streams/utils the first time web streams load.
const streamUtils = require('internal/streams/utils');
Object.defineProperties(ReadableStream.prototype, {
  [streamUtils.kIsClosedPromise]: {
    get() { return this[kState].closed; }, configurable: true,
  },
  [streamUtils.kIsDisturbed]: {
    get() { return this[kState].disturbed; }, configurable: true,
  },
  [streamUtils.kIsErrored]: {
    get() { return this[kState].state === 'errored'; }, configurable: true,
  },
  [streamUtils.kIsReadable]: {
    get() { return this[kState].state === 'readable'; }, configurable: true,
  },
});

Object.assign(module.exports, {
  ReadableStream,
  isLocked,
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamAddReadRequest,
  readableStreamAddReadIntoRequest,
  readableStreamFulfillReadRequest,
  readableStreamFulfillReadIntoRequest,
  readableStreamGetNumReadRequests,
  readableStreamGetNumReadIntoRequests,
  readableStreamHasDefaultReader,
  readableStreamHasBYOBReader,
});
