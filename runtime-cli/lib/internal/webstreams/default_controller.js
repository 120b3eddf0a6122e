'use strict';
// ReadableStreamDefaultController: a queue of chunks with sizes, pulling
// from the underlying source while the queue is below its high-water mark.

const {
  kState, codes, ERR_INVALID_STATE, checkThis, getMethod, promiseCall, pullIfNeeded, Queue,
  enqueueValueWithSize, dequeueValue, resetQueue, customInspect, inspectSymbol,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');

class ReadableStreamDefaultController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return getDesiredSize(checkThis(this, 'ReadableStreamDefaultController'));
  }

  close() {
    const state = checkThis(this, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(state)) throw new ERR_INVALID_STATE('Controller is already closed');
    close(state);
  }

  enqueue(chunk = undefined) {
    const state = checkThis(this, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(state)) throw new ERR_INVALID_STATE('Controller is already closed');
    enqueue(state, chunk);
  }

  error(e = undefined) {
    error(checkThis(this, 'ReadableStreamDefaultController'), e);
  }

  [inspectSymbol](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultController', {});
  }
}

Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultController', configurable: true,
});
for (const key of ['desiredSize', 'close', 'enqueue', 'error']) {
  Object.defineProperty(ReadableStreamDefaultController.prototype, key, {
    ...Object.getOwnPropertyDescriptor(ReadableStreamDefaultController.prototype, key),
    enumerable: true,
  });
}

// Controller operations take the controller's state object.

function getDesiredSize(state) {
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function canCloseOrEnqueue(state) {
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// The stream has asked for nothing more when its queue is at or above
// the high-water mark (used by TransformStream for backpressure).
function hasBackpressure(state) {
  return !shouldCallPull(state);
}

function shouldCallPull(state) {
  if (!canCloseOrEnqueue(state) || !state.started) return false;
  const stream = state.stream;
  if (rs.isLocked(stream[kState]) && rs.readableStreamGetNumReadRequests(stream) > 0) return true;
  return getDesiredSize(state) > 0;
}

function callPullIfNeeded(state) {
  pullIfNeeded(state, shouldCallPull, error);
}

function clearAlgorithms(state) {
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function close(state) {
  if (!canCloseOrEnqueue(state)) return;
  state.closeRequested = true;
  if (state.queue.length === 0) {
    clearAlgorithms(state);
    rs.readableStreamClose(state.stream);
  }
}

function enqueue(state, chunk) {
  if (!canCloseOrEnqueue(state)) return;
  const stream = state.stream;
  if (rs.isLocked(stream[kState]) && rs.readableStreamGetNumReadRequests(stream) > 0) {
    rs.readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
      enqueueValueWithSize(state, chunk, size);
    } catch (err) {
      error(state, err);
      throw err;
    }
  }
  callPullIfNeeded(state);
}

function error(state, e) {
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  clearAlgorithms(state);
  rs.readableStreamError(state.stream, e);
}

// SetUpReadableStreamDefaultController. `start` runs synchronously (a
// throw propagates to the constructor); pulling waits for it to settle.
function setup(stream, start, pull, cancel, hwm, size) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const state = {
    brand: 'ReadableStreamDefaultController',
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: hwm,
    sizeAlgorithm: size,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
  };
  state.cancelSteps = (reason) => {
    resetQueue(state);
    const result = state.cancelAlgorithm(reason);
    clearAlgorithms(state);
    return result;
  };
  state.pullSteps = (request) => {
    if (state.queue.length > 0) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && state.queue.length === 0) {
        clearAlgorithms(state);
        rs.readableStreamClose(stream);
      } else {
        callPullIfNeeded(state);
      }
      request.chunk(chunk);
    } else {
      rs.readableStreamAddReadRequest(stream, request);
      callPullIfNeeded(state);
    }
  };
  state.releaseSteps = () => {};
  controller[kState] = state;
  stream[kState].controller = controller;
  const startResult = start(controller);
  // Through a new promise, as Node does: a returned promise settles
  // start two microtasks later, which decides ordering against reads.
  new Promise((resolve) => resolve(startResult)).then(() => {
    state.started = true;
    callPullIfNeeded(state);
  }, (r) => error(state, r));
  return controller;
}

function setupFromSource(stream, source, hwm, size) {
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  let controller;
  setup(stream,
    (c) => {
      controller = c;
      return start === undefined ? undefined : Reflect.apply(start, source, [c]);
    },
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    hwm, size);
}

module.exports = {
  ReadableStreamDefaultController,
  setup,
  setupFromSource,
  getDesiredSize,
  canCloseOrEnqueue,
  hasBackpressure,
  close,
  enqueue,
  error,
};
