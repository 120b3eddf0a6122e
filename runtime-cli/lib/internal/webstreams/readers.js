'use strict';
// ReadableStreamDefaultReader and ReadableStreamBYOBReader: the generic
// reader operations (initialize, cancel, release) and the read paths.

const {
  kState, codes, ERR_INVALID_STATE, checkThis, isBrand, validateObject, createDeferred,
  setPromiseHandled, rejected, isDetached, customInspect, inspectSymbol,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');

let byteController;
const bytes = () => (byteController ??= require('internal/webstreams/byte_controller'));

// A deferred that remembers whether it settled, so release can tell a
// pending closed promise (reject it) from a settled one (replace it).
function trackedDeferred() {
  const d = createDeferred();
  const { resolve, reject } = d;
  d.settled = false;
  d.resolve = (v) => { d.settled = true; resolve(v); };
  d.reject = (e) => { d.settled = true; reject(e); };
  return d;
}

function genericReaderInitialize(reader, stream, state) {
  const sstate = stream[kState];
  state.stream = stream;
  state.closedPromise = trackedDeferred();
  sstate.reader = reader;
  reader[kState] = state;
  if (sstate.state === 'closed') {
    state.closedPromise.resolve();
  } else if (sstate.state === 'errored') {
    state.closedPromise.reject(sstate.storedError);
    setPromiseHandled(state.closedPromise.promise);
  }
}

function genericReaderCancel(reader, reason) {
  return rs.readableStreamCancel(reader[kState].stream, reason);
}

function genericReaderRelease(reader) {
  const state = reader[kState];
  const stream = state.stream;
  const err = new ERR_INVALID_STATE('Reader released');
  if (stream[kState].state === 'readable' && !state.closedPromise.settled) {
    state.closedPromise.reject(err);
  } else {
    state.closedPromise = trackedDeferred();
    state.closedPromise.reject(err);
  }
  setPromiseHandled(state.closedPromise.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  state.stream = undefined;
}

function errorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

function errorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(error);
}

// ReadableStreamDefaultReaderRead: `request` has chunk/close/error steps.
function defaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const sstate = stream[kState];
  sstate.disturbed = true;
  if (sstate.state === 'closed') request.close();
  else if (sstate.state === 'errored') request.error(sstate.storedError);
  else sstate.controller[kState].pullSteps(request);
}

function defaultReaderRelease(reader) {
  genericReaderRelease(reader);
  errorReadRequests(reader, new ERR_INVALID_STATE('Releasing reader'));
}

function byobReaderRelease(reader) {
  genericReaderRelease(reader);
  errorReadIntoRequests(reader, new ERR_INVALID_STATE('Releasing reader'));
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// A read request settling a promise with an iterator-result object.
function promiseReadRequest() {
  const d = createDeferred();
  return {
    promise: d.promise,
    chunk: (value) => d.resolve({ value, done: false }),
    close: (value) => d.resolve({ value, done: true }),
    error: (e) => d.reject(e),
  };
}

function checkStream(stream) {
  if (!isBrand(stream, 'ReadableStream')) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  }
  if (rs.isLocked(stream[kState])) throw new ERR_INVALID_STATE('ReadableStream is locked');
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    checkStream(stream);
    genericReaderInitialize(this, stream, {
      brand: 'ReadableStreamDefaultReader', readRequests: [],
    });
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return rejected(new ERR_INVALID_STATE('The reader is not attached to a stream'));
    }
    const request = promiseReadRequest();
    defaultReaderRead(this, request);
    return request.promise;
  }

  releaseLock() {
    const state = checkThis(this, 'ReadableStreamDefaultReader');
    if (state.stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].closedPromise.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return rejected(new ERR_INVALID_STATE('The reader is not attached to a stream'));
    }
    return genericReaderCancel(this, reason);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'ReadableStreamDefaultReader', {
      stream: state.stream,
      readRequests: state.readRequests.length,
      close: state.closedPromise.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    checkStream(stream);
    if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
      throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    genericReaderInitialize(this, stream, {
      brand: 'ReadableStreamBYOBReader', readIntoRequests: [],
    });
  }

  read(view, options = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (!ArrayBuffer.isView(view)) {
      return rejected(new codes.ERR_INVALID_ARG_TYPE('view',
        ['Buffer', 'TypedArray', 'DataView'], view));
    }
    try {
      validateObject(options, 'options', true);
    } catch (err) {
      return rejected(err);
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return rejected(new ERR_INVALID_STATE(
        'View or Viewed ArrayBuffer is zero-length or detached'));
    }
    const state = this[kState];
    if (state.stream === undefined) {
      return rejected(new ERR_INVALID_STATE('The reader is not attached to a stream'));
    }
    const request = promiseReadRequest();
    const sstate = state.stream[kState];
    sstate.disturbed = true;
    if (sstate.state === 'errored') request.error(sstate.storedError);
    else bytes().pullInto(sstate.controller, view, request);
    return request.promise;
  }

  releaseLock() {
    const state = checkThis(this, 'ReadableStreamBYOBReader');
    if (state.stream === undefined) return;
    byobReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].closedPromise.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return rejected(new ERR_INVALID_STATE('The reader is not attached to a stream'));
    }
    return genericReaderCancel(this, reason);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'ReadableStreamBYOBReader', {
      stream: state.stream,
      readIntoRequests: state.readIntoRequests.length,
      close: state.closedPromise.promise,
    });
  }
}

for (const C of [ReadableStreamDefaultReader, ReadableStreamBYOBReader]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const key of ['read', 'releaseLock', 'closed', 'cancel']) {
    Object.defineProperty(C.prototype, key, {
      ...Object.getOwnPropertyDescriptor(C.prototype, key), enumerable: true,
    });
  }
}

Object.assign(module.exports, {
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  acquireDefaultReader,
  defaultReaderRead,
  defaultReaderRelease,
  errorReadRequests,
  errorReadIntoRequests,
});
