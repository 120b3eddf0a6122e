'use strict';
// WritableStream and WritableStreamDefaultWriter, with the stream-level
// abstract operations of the Streams Standard: the four states
// (writable, erroring, errored, closed), one write or close in flight at a
// time, abort requests, and backpressure surfaced through writer.ready.

const {
  kState, codes, ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE_RANGE, checkThis, isBrand,
  validateObject, createDeferred, setPromiseHandled, rejected, extractHighWaterMark,
  extractSizeAlgorithm, customInspect, inspectSymbol,
} = require('internal/webstreams/util');

let controllerModule;
const ctrl = () => (controllerModule ??= require('internal/webstreams/writable_controller'));

// A deferred that records whether it settled (writer promises get
// replaced rather than re-rejected once settled).
function trackedDeferred() {
  const d = createDeferred();
  const { resolve, reject } = d;
  d.settled = false;
  d.resolve = (v) => { d.settled = true; resolve(v); };
  d.reject = (e) => { d.settled = true; reject(e); };
  return d;
}

function resolvedDeferred() {
  const d = trackedDeferred();
  d.resolve();
  return d;
}

function rejectedDeferred(err) {
  const d = trackedDeferred();
  d.reject(err);
  setPromiseHandled(d.promise);
  return d;
}

function initializeWritableStream(stream) {
  const closed = createDeferred();
  setPromiseHandled(closed.promise);
  stream[kState] = {
    brand: 'WritableStream',
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    closed,
  };
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    validateObject(sink, 'sink');
    validateObject(strategy, 'strategy');
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE_RANGE('type', sink.type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    ctrl().setupFromSink(this, sink, hwm, size);
  }

  get locked() {
    return isLocked(checkThis(this, 'WritableStream'));
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStream')) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (isLocked(this[kState])) return rejected(new ERR_INVALID_STATE('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStream')) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    const state = this[kState];
    if (isLocked(state)) return rejected(new ERR_INVALID_STATE('WritableStream is locked'));
    if (closeQueuedOrInFlight(state)) {
      return rejected(new ERR_INVALID_STATE('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'WritableStream', {
      locked: isLocked(state), state: state.state,
    });
  }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isBrand(stream, 'WritableStream')) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    const sstate = stream[kState];
    if (isLocked(sstate)) throw new ERR_INVALID_STATE('WritableStream is locked');
    const state = { brand: 'WritableStreamDefaultWriter', stream };
    this[kState] = state;
    sstate.writer = this;
    switch (sstate.state) {
      case 'writable':
        state.readyPromise = !closeQueuedOrInFlight(sstate) && sstate.backpressure
          ? trackedDeferred() : resolvedDeferred();
        state.closedPromise = trackedDeferred();
        break;
      case 'erroring':
        state.readyPromise = rejectedDeferred(sstate.storedError);
        state.closedPromise = trackedDeferred();
        break;
      case 'closed':
        state.readyPromise = resolvedDeferred();
        state.closedPromise = resolvedDeferred();
        break;
      default:
        state.readyPromise = rejectedDeferred(sstate.storedError);
        state.closedPromise = rejectedDeferred(sstate.storedError);
    }
  }

  get closed() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closedPromise.promise;
  }

  get ready() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].readyPromise.promise;
  }

  get desiredSize() {
    const state = checkThis(this, 'WritableStreamDefaultWriter');
    if (state.stream === undefined) {
      throw new ERR_INVALID_STATE('Writer is not bound to a WritableStream');
    }
    return writerGetDesiredSize(this);
  }

  abort(reason = undefined) {
    const err = checkWriter(this);
    if (err) return rejected(err);
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    const err = checkWriter(this);
    if (err) return rejected(err);
    const stream = this[kState].stream;
    if (closeQueuedOrInFlight(stream[kState])) {
      return rejected(new ERR_INVALID_STATE('WritableStream is closed'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const state = checkThis(this, 'WritableStreamDefaultWriter');
    if (state.stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    const err = checkWriter(this);
    if (err) return rejected(err);
    return writerWrite(this, chunk);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'WritableStreamDefaultWriter', {
      stream: state.stream,
      close: state.closedPromise.promise,
      ready: state.readyPromise.promise,
      desiredSize: state.stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}

function checkWriter(writer) {
  if (!isBrand(writer, 'WritableStreamDefaultWriter')) {
    return new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter');
  }
  if (writer[kState].stream === undefined) {
    return new ERR_INVALID_STATE('Writer is not bound to a WritableStream');
  }
  return undefined;
}

for (const [C, keys] of [[WritableStream, ['locked', 'abort', 'close', 'getWriter']],
  [WritableStreamDefaultWriter,
    ['closed', 'ready', 'desiredSize', 'abort', 'close', 'releaseLock', 'write']]]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const key of keys) {
    Object.defineProperty(C.prototype, key, {
      ...Object.getOwnPropertyDescriptor(C.prototype, key), enumerable: true,
    });
  }
}

// ---- stream operations (`state` is a stream's kState) ----

function isLocked(streamOrState) {
  const state = streamOrState[kState] || streamOrState;
  return state.writer !== undefined;
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

// CreateWritableStream over internal algorithms (TransformStream).
function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  ctrl().setup(stream, start, write, close, abort, hwm, size);
  return stream;
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  ctrl().signalAbort(state.controller, reason);
  // The abort listeners may have changed the state.
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise;
  const wasAlreadyErroring = state.state === 'erroring';
  const d = createDeferred();
  state.pendingAbortRequest = {
    promise: d.promise, resolve: d.resolve, reject: d.reject,
    reason: wasAlreadyErroring ? undefined : reason, wasAlreadyErroring,
  };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return rejected(new ERR_INVALID_STATE('WritableStream is closed'));
  }
  const d = createDeferred();
  state.closeRequest = d;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].readyPromise.resolve();
  }
  ctrl().controllerClose(state.controller);
  return d.promise;
}

function addWriteRequest(state) {
  const d = createDeferred();
  state.writeRequests.push(d);
  return d.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') startErroring(stream, error);
  else finishErroring(stream);
}

function startErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writerEnsureReadyPromiseRejected(state.writer, reason);
  if (!hasOperationMarkedInFlight(state) && ctrl().isStarted(state.controller)) {
    finishErroring(stream);
  }
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  state.closed.reject(state.storedError);
  ctrl().errorSteps(state.controller);
  const storedError = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (const request of requests) request.reject(storedError);
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(state);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(state);
    return;
  }
  ctrl().abortSteps(state.controller, abortRequest.reason).then(() => {
    abortRequest.resolve();
    rejectCloseAndClosedPromiseIfNeeded(state);
  }, (reason) => {
    abortRequest.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(state);
  });
}

function finishInFlightWrite(state) {
  state.inFlightWriteRequest.resolve();
  state.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  state.closed.resolve();
  if (state.writer !== undefined) state.writer[kState].closedPromise.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.reject(error);
    state.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(state) {
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(state) {
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function markCloseRequestInFlight(state) {
  state.inFlightCloseRequest = state.closeRequest;
  state.closeRequest = undefined;
}

function markFirstWriteRequestInFlight(state) {
  state.inFlightWriteRequest = state.writeRequests.shift();
}

function rejectCloseAndClosedPromiseIfNeeded(state) {
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    const closed = writer[kState].closedPromise;
    closed.reject(state.storedError);
    setPromiseHandled(closed.promise);
  }
}

function updateBackpressure(state, backpressure) {
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].readyPromise = trackedDeferred();
    else writer[kState].readyPromise.resolve();
  }
  state.backpressure = backpressure;
}

// ---- writer operations ----

function writerEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.readyPromise.settled) state.readyPromise = trackedDeferred();
  state.readyPromise.reject(error);
  setPromiseHandled(state.readyPromise.promise);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.closedPromise.settled) state.closedPromise = trackedDeferred();
  state.closedPromise.reject(error);
  setPromiseHandled(state.closedPromise.promise);
}

function writerGetDesiredSize(writer) {
  const sstate = writer[kState].stream[kState];
  if (sstate.state === 'errored' || sstate.state === 'erroring') return null;
  if (sstate.state === 'closed') return 0;
  return ctrl().getDesiredSize(sstate.controller);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = new ERR_INVALID_STATE('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const sstate = stream[kState];
  const controller = sstate.controller;
  const chunkSize = ctrl().getChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return rejected(new ERR_INVALID_STATE('Writer has been released'));
  }
  if (sstate.state === 'errored') return rejected(sstate.storedError);
  if (closeQueuedOrInFlight(sstate) || sstate.state === 'closed') {
    return rejected(new ERR_INVALID_STATE('WritableStream is closed'));
  }
  if (sstate.state === 'erroring') return rejected(sstate.storedError);
  const promise = addWriteRequest(sstate);
  ctrl().controllerWrite(controller, chunk, chunkSize);
  return promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const sstate = stream[kState];
  if (closeQueuedOrInFlight(sstate) || sstate.state === 'closed') return Promise.resolve();
  if (sstate.state === 'errored') return rejected(sstate.storedError);
  return writableStreamClose(stream);
}

// finished() waits on the stream's own closed promise (see readablestream.js).
const streamUtils = require('internal/streams/utils');
Object.defineProperties(WritableStream.prototype, {
  [streamUtils.kIsClosedPromise]: {
    get() { return this[kState].closed; }, configurable: true,
  },
  [streamUtils.kIsErrored]: {
    get() { return this[kState].state === 'errored'; }, configurable: true,
  },
});

Object.assign(module.exports, {
  WritableStream,
  WritableStreamDefaultWriter,
  isLocked,
  acquireWriter,
  createWritableStream,
  writableStreamAbort,
  writableStreamClose,
  dealWithRejection,
  startErroring,
  finishErroring,
  finishInFlightWrite,
  finishInFlightWriteWithError,
  finishInFlightClose,
  finishInFlightCloseWithError,
  closeQueuedOrInFlight,
  markCloseRequestInFlight,
  markFirstWriteRequestInFlight,
  updateBackpressure,
  writerRelease,
  writerWrite,
  writerCloseWithErrorPropagation,
});
