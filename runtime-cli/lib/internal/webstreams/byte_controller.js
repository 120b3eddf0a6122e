'use strict';
// ReadableByteStreamController and ReadableStreamBYOBRequest: a queue of
// byte ranges plus "pull-into descriptors" (a reader's buffer waiting to
// be filled), so BYOB readers can have the source write straight into
// their memory. Buffers handed over are transferred, as the standard says.

const {
  kState, codes, ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE_RANGE, checkThis, getMethod,
  promiseCall, pullIfNeeded, Queue, transferArrayBuffer, isDetached, copyBytes, customInspect, inspectSymbol,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');

class ReadableStreamBYOBRequest {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return checkThis(this, 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const state = checkThis(this, 'ReadableStreamBYOBRequest');
    if (state.controller === undefined) {
      throw new ERR_INVALID_STATE('This BYOB request has been invalidated');
    }
    const n = Number(bytesWritten);
    if (!Number.isFinite(n) || n < 0) {
      throw new ERR_INVALID_ARG_VALUE_RANGE('bytesWritten', bytesWritten);
    }
    if (isDetached(state.view.buffer)) {
      throw new ERR_INVALID_STATE('The view\'s buffer has been detached');
    }
    respond(state.controller[kState], Math.trunc(n));
  }

  respondWithNewView(view) {
    const state = checkThis(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (state.controller === undefined) {
      throw new ERR_INVALID_STATE('This BYOB request has been invalidated');
    }
    if (isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE('Viewed ArrayBuffer is detached');
    }
    respondWithNewView(state.controller[kState], view);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'ReadableStreamBYOBRequest', {
      view: state.view, controller: state.controller,
    });
  }
}

class ReadableByteStreamController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    return getBYOBRequest(checkThis(this, 'ReadableByteStreamController'));
  }

  get desiredSize() {
    return getDesiredSize(checkThis(this, 'ReadableByteStreamController'));
  }

  close() {
    const state = checkThis(this, 'ReadableByteStreamController');
    if (state.closeRequested) throw new ERR_INVALID_STATE('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE('ReadableStream is already closed');
    }
    close(state);
  }

  enqueue(chunk) {
    const state = checkThis(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw new ERR_INVALID_STATE('chunk ArrayBuffer is zero-length or detached');
    }
    if (state.closeRequested) throw new ERR_INVALID_STATE('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE('ReadableStream is already closed');
    }
    enqueue(state, chunk);
  }

  error(e = undefined) {
    error(checkThis(this, 'ReadableByteStreamController'), e);
  }

  [inspectSymbol](depth, options) {
    return customInspect(depth, options, 'ReadableByteStreamController', {});
  }
}

for (const [C, keys] of [[ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']],
  [ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']]]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const key of keys) {
    Object.defineProperty(C.prototype, key, {
      ...Object.getOwnPropertyDescriptor(C.prototype, key), enumerable: true,
    });
  }
}

// ---- controller operations (on the controller's state object) ----

function getDesiredSize(state) {
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function getBYOBRequest(state) {
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = Object.create(ReadableStreamBYOBRequest.prototype);
    request[kState] = { brand: 'ReadableStreamBYOBRequest', controller: state.controller, view };
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function invalidateBYOBRequest(state) {
  if (state.byobRequest === null) return;
  const rstate = state.byobRequest[kState];
  rstate.controller = undefined;
  rstate.view = null;
  state.byobRequest = null;
}

function clearAlgorithms(state) {
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function clearPendingPullIntos(state) {
  invalidateBYOBRequest(state);
  state.pendingPullIntos = [];
}

function resetQueue(state) {
  state.queue = new Queue();
  state.queueTotalSize = 0;
}

function shouldCallPull(state) {
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (rs.readableStreamHasDefaultReader(stream) &&
      rs.readableStreamGetNumReadRequests(stream) > 0) return true;
  if (rs.readableStreamHasBYOBReader(stream) &&
      rs.readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return getDesiredSize(state) > 0;
}

function callPullIfNeeded(state) {
  pullIfNeeded(state, shouldCallPull, error);
}

function error(state, e) {
  if (state.stream[kState].state !== 'readable') return;
  clearPendingPullIntos(state);
  resetQueue(state);
  clearAlgorithms(state);
  rs.readableStreamError(state.stream, e);
}

function close(state) {
  if (state.closeRequested || state.stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new TypeError('Insufficient bytes to fill elements in the given buffer');
      error(state, e);
      throw e;
    }
  }
  clearAlgorithms(state);
  rs.readableStreamClose(state.stream);
}

function enqueueChunkToQueue(state, buffer, byteOffset, byteLength) {
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(state, buffer, byteOffset, byteLength) {
  const clone = buffer.slice(byteOffset, byteOffset + byteLength);
  enqueueChunkToQueue(state, clone, 0, byteLength);
}

// A released BYOB reader's partly filled buffer goes back to the queue.
function enqueueDetachedPullIntoToQueue(state, desc) {
  if (desc.bytesFilled > 0) {
    enqueueClonedChunkToQueue(state, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  state.pendingPullIntos.shift();
}

function enqueue(state, chunk) {
  const stream = state.stream;
  const { byteOffset, byteLength } = chunk;
  const transferred = transferArrayBuffer(chunk.buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    invalidateBYOBRequest(state);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(state, first);
  }
  if (rs.readableStreamHasDefaultReader(stream)) {
    processReadRequestsUsingQueue(state);
    if (rs.readableStreamGetNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(state, transferred, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) state.pendingPullIntos.shift();
      rs.readableStreamFulfillReadRequest(stream,
        new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (rs.readableStreamHasBYOBReader(stream)) {
    enqueueChunkToQueue(state, transferred, byteOffset, byteLength);
    for (const desc of processPullIntoDescriptorsUsingQueue(state)) {
      commitPullIntoDescriptor(stream, desc);
    }
  } else {
    enqueueChunkToQueue(state, transferred, byteOffset, byteLength);
  }
  callPullIfNeeded(state);
}

function fillReadRequestFromQueue(state, request) {
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  handleQueueDrain(state);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function processReadRequestsUsingQueue(state) {
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    fillReadRequestFromQueue(state, reader[kState].readRequests.shift());
  }
}

function handleQueueDrain(state) {
  if (state.queueTotalSize === 0 && state.closeRequested) {
    clearAlgorithms(state);
    rs.readableStreamClose(state.stream);
  } else {
    callPullIfNeeded(state);
  }
}

// Copies queued bytes into `desc`; true once it holds at least its
// minimum fill (whole elements of its view type).
function fillPullIntoDescriptorFromQueue(state, desc) {
  const maxBytesToCopy = Math.min(state.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % desc.elementSize);
  if (maxAlignedBytes >= desc.minimumFill) {
    remaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = state.queue.peek();
    const n = Math.min(remaining, head.byteLength);
    copyBytes(desc.buffer, desc.byteOffset + desc.bytesFilled, head.buffer, head.byteOffset, n);
    if (head.byteLength === n) {
      state.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    state.queueTotalSize -= n;
    invalidateBYOBRequest(state);
    desc.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}

function processPullIntoDescriptorsUsingQueue(state) {
  const filled = [];
  while (state.pendingPullIntos.length > 0 && state.queueTotalSize > 0) {
    const desc = state.pendingPullIntos[0];
    if (!fillPullIntoDescriptorFromQueue(state, desc)) break;
    state.pendingPullIntos.shift();
    filled.push(desc);
  }
  return filled;
}

function convertPullIntoDescriptor(desc) {
  const buffer = transferArrayBuffer(desc.buffer);
  return new desc.viewConstructor(buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
}

function commitPullIntoDescriptor(stream, desc) {
  const done = stream[kState].state === 'closed';
  const view = convertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') rs.readableStreamFulfillReadRequest(stream, view, done);
  else rs.readableStreamFulfillReadIntoRequest(stream, view, done);
}

// ReadableByteStreamControllerPullInto: a BYOB read of `view`.
function pullInto(controller, view, request) {
  const state = controller[kState];
  const stream = state.stream;
  const elementSize = view.BYTES_PER_ELEMENT || 1;
  // Read before the transfer below detaches the view.
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    request.error(err);
    return;
  }
  const desc = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill: elementSize,
    elementSize,
    viewConstructor: view.constructor,
    readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(desc);
    rs.readableStreamAddReadIntoRequest(stream, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new desc.viewConstructor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(state, desc)) {
      const filled = convertPullIntoDescriptor(desc);
      handleQueueDrain(state);
      request.chunk(filled);
      return;
    }
    if (state.closeRequested) {
      const e = new TypeError('Insufficient bytes to fill elements in the given buffer');
      error(state, e);
      request.error(e);
      return;
    }
  }
  state.pendingPullIntos.push(desc);
  rs.readableStreamAddReadIntoRequest(stream, request);
  callPullIfNeeded(state);
}

function respond(state, bytesWritten) {
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new TypeError('bytesWritten must be 0 when calling respond() on a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new TypeError('bytesWritten must be greater than 0 when calling respond() on a ' +
        'readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE_RANGE('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  respondInternal(state, bytesWritten);
}

function respondWithNewView(state, view) {
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) {
      throw new TypeError('The view\'s length must be 0 when calling respondWithNewView() ' +
        'on a closed stream');
    }
  } else if (view.byteLength === 0) {
    throw new TypeError('The view\'s length must be greater than 0 when calling ' +
      'respondWithNewView() on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE_RANGE('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE_RANGE('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE_RANGE('view', view, 'is too long');
  }
  const n = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  respondInternal(state, n);
}

function respondInternal(state, bytesWritten) {
  const stream = state.stream;
  const first = state.pendingPullIntos[0];
  invalidateBYOBRequest(state);
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') state.pendingPullIntos.shift();
    if (rs.readableStreamHasBYOBReader(stream)) {
      while (rs.readableStreamGetNumReadIntoRequests(stream) > 0) {
        commitPullIntoDescriptor(stream, state.pendingPullIntos.shift());
      }
    }
  } else {
    respondInReadableState(state, bytesWritten, first);
  }
  callPullIfNeeded(state);
}

function respondInReadableState(state, bytesWritten, desc) {
  desc.bytesFilled += bytesWritten;
  if (desc.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(state, desc);
    for (const d of processPullIntoDescriptorsUsingQueue(state)) {
      commitPullIntoDescriptor(state.stream, d);
    }
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  state.pendingPullIntos.shift();
  const remainder = desc.bytesFilled % desc.elementSize;
  if (remainder > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    enqueueClonedChunkToQueue(state, desc.buffer, end - remainder, remainder);
  }
  desc.bytesFilled -= remainder;
  const filled = processPullIntoDescriptorsUsingQueue(state);
  commitPullIntoDescriptor(state.stream, desc);
  for (const d of filled) commitPullIntoDescriptor(state.stream, d);
}

// SetUpReadableByteStreamController.
function setup(stream, start, pull, cancel, hwm, autoAllocateChunkSize) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const state = {
    brand: 'ReadableByteStreamController',
    controller,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    byobRequest: null,
    pendingPullIntos: [],
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
  };
  state.cancelSteps = (reason) => {
    clearPendingPullIntos(state);
    resetQueue(state);
    const result = state.cancelAlgorithm(reason);
    clearAlgorithms(state);
    return result;
  };
  state.pullSteps = (request) => {
    if (state.queueTotalSize > 0) {
      fillReadRequestFromQueue(state, request);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      state.pendingPullIntos.push({
        buffer: new ArrayBuffer(size),
        bufferByteLength: size,
        byteOffset: 0,
        byteLength: size,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        viewConstructor: Uint8Array,
        readerType: 'default',
      });
    }
    rs.readableStreamAddReadRequest(stream, request);
    callPullIfNeeded(state);
  };
  // A released reader's pending buffer stays, marked as nobody's.
  state.releaseSteps = () => {
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  };
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

function setupFromSource(stream, source, hwm) {
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  let autoAllocate = source.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    autoAllocate = Number(autoAllocate);
    if (!Number.isInteger(autoAllocate) || autoAllocate <= 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize',
        source.autoAllocateChunkSize);
    }
  }
  let controller;
  setup(stream,
    (c) => {
      controller = c;
      return start === undefined ? undefined : Reflect.apply(start, source, [c]);
    },
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    hwm, autoAllocate);
}

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  setup,
  setupFromSource,
  pullInto,
  respond,
  enqueue,
  close,
  error,
  getDesiredSize,
};
