'use strict';
// TransformStream: a writable side whose chunks go through transform() and
// come out of a readable side. Writes wait while the readable side has
// backpressure; close runs flush(), and cancel/abort run cancel() once
// (the "finish promise"), as in the current Streams Standard and Node 20.

const {
  kState, codes, ERR_INVALID_ARG_VALUE_RANGE, checkThis, validateObject, getMethod,
  promiseCall, createDeferred, extractHighWaterMark, extractSizeAlgorithm, customInspect,
  inspectSymbol,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');
const defaultController = require('internal/webstreams/default_controller');
const writableController = require('internal/webstreams/writable_controller');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== undefined) validateObject(transformer, 'transformer');
    validateObject(writableStrategy, 'writableStrategy', true);
    validateObject(readableStrategy, 'readableStrategy', true);
    const t = transformer === undefined ? {} : transformer;
    if (t.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE_RANGE('transformer.readableType', t.readableType);
    }
    if (t.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE_RANGE('transformer.writableType', t.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const start = getMethod(t, 'start', 'transformer');
    const startPromise = createDeferred();
    initialize(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = setupFromTransformer(this, t);
    if (start !== undefined) startPromise.resolve(Reflect.apply(start, t, [controller]));
    else startPromise.resolve();
  }

  get readable() {
    return checkThis(this, 'TransformStream').readable;
  }

  get writable() {
    return checkThis(this, 'TransformStream').writable;
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, 'TransformStream', {
      readable: state.readable, writable: state.writable, backpressure: state.backpressure,
    });
  }
}

class TransformStreamDefaultController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const state = checkThis(this, 'TransformStreamDefaultController');
    const readableController = state.stream[kState].readable[kState].controller;
    return defaultController.getDesiredSize(readableController[kState]);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(checkThis(this, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    errorStream(checkThis(this, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    terminate(checkThis(this, 'TransformStreamDefaultController'));
  }

  [inspectSymbol](depth, options) {
    return customInspect(depth, options, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

for (const [C, keys] of [[TransformStream, ['readable', 'writable']],
  [TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']]]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const key of keys) {
    Object.defineProperty(C.prototype, key, {
      ...Object.getOwnPropertyDescriptor(C.prototype, key), enumerable: true,
    });
  }
}

// ---- abstract operations ----

function readableControllerState(stream) {
  return stream[kState].readable[kState].controller[kState];
}

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const state = {
    brand: 'TransformStream',
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  const start = () => startPromise;
  state.writable = ws.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  state.readable = rs.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
}

function setupFromTransformer(stream, transformer) {
  const controller = Object.create(TransformStreamDefaultController.prototype);
  const transform = getMethod(transformer, 'transform', 'transformer');
  const flush = getMethod(transformer, 'flush', 'transformer');
  const cancel = getMethod(transformer, 'cancel', 'transformer');
  const state = {
    brand: 'TransformStreamDefaultController',
    stream,
    finishPromise: undefined,
    transformAlgorithm: transform !== undefined
      ? (chunk) => promiseCall(transform, transformer, chunk, controller)
      : (chunk) => {
        try {
          controllerEnqueue(state, chunk);
          return Promise.resolve();
        } catch (err) {
          return Promise.reject(err);
        }
      },
    flushAlgorithm: () => promiseCall(flush, transformer, controller),
    cancelAlgorithm: (reason) => promiseCall(cancel, transformer, reason),
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  return controller;
}

// Drops the user callbacks (so they can be collected); late calls find
// no-ops rather than the transformer.
const resolvedNoop = () => Promise.resolve();
function clearAlgorithms(state) {
  state.transformAlgorithm = resolvedNoop;
  state.flushAlgorithm = resolvedNoop;
  state.cancelAlgorithm = resolvedNoop;
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = createDeferred();
  state.backpressure = backpressure;
}

function errorStream(stream, e) {
  defaultController.error(readableControllerState(stream), e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream[kState].controller[kState]);
  writableController.errorIfNeeded(stream[kState].writable[kState].controller, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function controllerEnqueue(state, chunk) {
  const stream = state.stream;
  const rcState = readableControllerState(stream);
  if (!defaultController.canCloseOrEnqueue(rcState)) {
    throw new TypeError('Unable to enqueue');
  }
  try {
    defaultController.enqueue(rcState, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = defaultController.hasBackpressure(rcState);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function terminate(state) {
  const stream = state.stream;
  defaultController.close(readableControllerState(stream));
  errorWritableAndUnblockWrite(stream, new TypeError('TransformStream terminated'));
}

function performTransform(state, chunk) {
  return state.transformAlgorithm(chunk).then(undefined, (r) => {
    errorStream(state.stream, r);
    throw r;
  });
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const cstate = state.controller[kState];
  if (state.backpressure) {
    return state.backpressureChange.promise.then(() => {
      const wstate = state.writable[kState];
      if (wstate.state === 'erroring') throw wstate.storedError;
      return performTransform(cstate, chunk);
    });
  }
  return performTransform(cstate, chunk);
}

// Settles the finish promise from `promise`: on success `onOk` decides
// (it may throw the readable side's error); on failure the readable side
// is errored with the reason.
function finishWith(stream, cstate, promise, onOk, onFail) {
  const finish = createDeferred();
  cstate.finishPromise = finish.promise;
  promise.then(() => {
    try {
      onOk();
      finish.resolve();
    } catch (err) {
      finish.reject(err);
    }
  }, (r) => {
    onFail(r);
    finish.reject(r);
  });
  return finish.promise;
}

function sinkAbort(stream, reason) {
  const cstate = stream[kState].controller[kState];
  if (cstate.finishPromise !== undefined) return cstate.finishPromise;
  const readable = stream[kState].readable;
  const cancelPromise = cstate.cancelAlgorithm(reason);
  clearAlgorithms(cstate);
  return finishWith(stream, cstate, cancelPromise, () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    defaultController.error(readableControllerState(stream), reason);
  }, (r) => defaultController.error(readableControllerState(stream), r));
}

function sinkClose(stream) {
  const cstate = stream[kState].controller[kState];
  if (cstate.finishPromise !== undefined) return cstate.finishPromise;
  const readable = stream[kState].readable;
  const flushPromise = cstate.flushAlgorithm();
  clearAlgorithms(cstate);
  return finishWith(stream, cstate, flushPromise, () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    defaultController.close(readableControllerState(stream));
  }, (r) => defaultController.error(readableControllerState(stream), r));
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const cstate = stream[kState].controller[kState];
  if (cstate.finishPromise !== undefined) return cstate.finishPromise;
  const writable = stream[kState].writable;
  const cancelPromise = cstate.cancelAlgorithm(reason);
  clearAlgorithms(cstate);
  const errorWritable = (r) => {
    writableController.errorIfNeeded(writable[kState].controller, r);
    unblockWrite(stream);
  };
  return finishWith(stream, cstate, cancelPromise, () => {
    if (writable[kState].state === 'errored') throw writable[kState].storedError;
    errorWritable(reason);
  }, errorWritable);
}

module.exports = { TransformStream, TransformStreamDefaultController };
