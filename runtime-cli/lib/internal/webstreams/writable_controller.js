'use strict';
// WritableStreamDefaultController: queues chunks (with their sizes) and a
// close marker, hands them to the sink one at a time once start() has
// settled, and keeps the stream's backpressure flag up to date.

const {
  kState, codes, checkThis, getMethod, promiseCall, Queue, enqueueValueWithSize,
  dequeueValue, peekQueueValue, resetQueue, customInspect, inspectSymbol,
} = require('internal/webstreams/util');
const ws = require('internal/webstreams/writablestream');

let AbortControllerClass;
const newAbortController = () => {
  AbortControllerClass ??= require('internal/abort_controller').AbortController;
  return new AbortControllerClass();
};

// Queued after the last chunk by close(): processed in order.
const closeSentinel = Symbol('closeSentinel');

class WritableStreamDefaultController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return checkThis(this, 'WritableStreamDefaultController').abortController.signal;
  }

  error(e = undefined) {
    const state = checkThis(this, 'WritableStreamDefaultController');
    if (state.stream[kState].state !== 'writable') return;
    controllerError(state, e);
  }

  [inspectSymbol](depth, options) {
    return customInspect(depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultController', configurable: true,
});
for (const key of ['signal', 'error']) {
  Object.defineProperty(WritableStreamDefaultController.prototype, key, {
    ...Object.getOwnPropertyDescriptor(WritableStreamDefaultController.prototype, key),
    enumerable: true,
  });
}

// ---- operations; exported ones take the controller object ----

function S(controller) {
  return controller[kState];
}

function clearAlgorithms(state) {
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function getDesiredSizeOf(state) {
  return state.strategyHWM - state.queueTotalSize;
}

function getBackpressure(state) {
  return getDesiredSizeOf(state) <= 0;
}

function controllerError(state, error) {
  clearAlgorithms(state);
  ws.startErroring(state.stream, error);
}

function errorIfNeeded(state, error) {
  if (state.stream[kState].state === 'writable') controllerError(state, error);
}

function advanceQueueIfNeeded(state) {
  const sstate = state.stream[kState];
  if (!state.started || sstate.inFlightWriteRequest !== undefined) return;
  if (sstate.state === 'erroring') {
    ws.finishErroring(state.stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = peekQueueValue(state);
  if (value === closeSentinel) processClose(state);
  else processWrite(state, value);
}

function processClose(state) {
  const stream = state.stream;
  ws.markCloseRequestInFlight(stream[kState]);
  dequeueValue(state);
  const sinkClose = state.closeAlgorithm();
  clearAlgorithms(state);
  sinkClose.then(() => ws.finishInFlightClose(stream),
    (reason) => ws.finishInFlightCloseWithError(stream, reason));
}

function processWrite(state, chunk) {
  const stream = state.stream;
  const sstate = stream[kState];
  ws.markFirstWriteRequestInFlight(sstate);
  state.writeAlgorithm(chunk).then(() => {
    ws.finishInFlightWrite(sstate);
    dequeueValue(state);
    if (!ws.closeQueuedOrInFlight(sstate) && sstate.state === 'writable') {
      ws.updateBackpressure(sstate, getBackpressure(state));
    }
    advanceQueueIfNeeded(state);
  }, (reason) => {
    if (sstate.state === 'writable') clearAlgorithms(state);
    ws.finishInFlightWriteWithError(stream, reason);
  });
}

function controllerClose(controller) {
  const state = S(controller);
  enqueueValueWithSize(state, closeSentinel, 0);
  advanceQueueIfNeeded(state);
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = S(controller);
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (err) {
    errorIfNeeded(state, err);
    return;
  }
  const sstate = state.stream[kState];
  if (!ws.closeQueuedOrInFlight(sstate) && sstate.state === 'writable') {
    ws.updateBackpressure(sstate, getBackpressure(state));
  }
  advanceQueueIfNeeded(state);
}

// A throwing size() errors the stream; the write then sees it errored.
function getChunkSize(controller, chunk) {
  const state = S(controller);
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (err) {
    errorIfNeeded(state, err);
    return 1;
  }
}

function getDesiredSize(controller) {
  return getDesiredSizeOf(S(controller));
}

function isStarted(controller) {
  return S(controller).started;
}

function signalAbort(controller, reason) {
  S(controller).abortController.abort(reason);
}

function abortSteps(controller, reason) {
  const state = S(controller);
  const result = state.abortAlgorithm(reason);
  clearAlgorithms(state);
  return result;
}

function errorSteps(controller) {
  resetQueue(S(controller));
}

// external: TransformStream errors its writable side through this.
function errorIfNeededFor(controller, error) {
  errorIfNeeded(S(controller), error);
}

function setup(stream, start, write, close, abort, hwm, size) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  const state = {
    brand: 'WritableStreamDefaultController',
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    abortController: newAbortController(),
    started: false,
    sizeAlgorithm: size,
    strategyHWM: hwm,
    writeAlgorithm: write,
    closeAlgorithm: close,
    abortAlgorithm: abort,
  };
  controller[kState] = state;
  const sstate = stream[kState];
  sstate.controller = controller;
  ws.updateBackpressure(sstate, getBackpressure(state));
  const startResult = start(controller);
  // Through a new promise, as Node does: a returned promise settles
  // start two microtasks later, which decides ordering against reads.
  new Promise((resolve) => resolve(startResult)).then(() => {
    state.started = true;
    advanceQueueIfNeeded(state);
  }, (r) => {
    state.started = true;
    ws.dealWithRejection(stream, r);
  });
  return controller;
}

function setupFromSink(stream, sink, hwm, size) {
  const start = getMethod(sink, 'start', 'sink');
  const write = getMethod(sink, 'write', 'sink');
  const close = getMethod(sink, 'close', 'sink');
  const abort = getMethod(sink, 'abort', 'sink');
  let controller;
  setup(stream,
    (c) => {
      controller = c;
      return start === undefined ? undefined : Reflect.apply(start, sink, [c]);
    },
    (chunk) => promiseCall(write, sink, chunk, controller),
    () => promiseCall(close, sink),
    (reason) => promiseCall(abort, sink, reason),
    hwm, size);
}

module.exports = {
  WritableStreamDefaultController,
  setup,
  setupFromSink,
  controllerClose,
  controllerWrite,
  getChunkSize,
  getDesiredSize,
  isStarted,
  signalAbort,
  abortSteps,
  errorSteps,
  errorIfNeeded: errorIfNeededFor,
};
