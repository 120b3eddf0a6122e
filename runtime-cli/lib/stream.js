'use strict';
// Node's `stream` module: the legacy Stream class carrying every stream
// class and helper as a static. Implementation in internal/streams/.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const utils = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { codes } = require('internal/streams/errors');
const operators = require('internal/streams/operators');

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;

// Operators returning a stream wrap their async generator with
// Readable.from; the rest return promises.
for (const key of Object.keys(operators.streamReturning)) {
  const op = operators.streamReturning[key];
  const fn = function streamOperator(...args) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    return Readable.from(op.apply(this, args));
  };
  Object.defineProperty(fn, 'name', { value: op.name });
  Object.defineProperty(fn, 'length', { value: op.length });
  Object.defineProperty(Readable.prototype, key, {
    value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(operators.promiseReturning)) {
  const op = operators.promiseReturning[key];
  const fn = function promiseOperator(...args) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    return op.apply(this, args);
  };
  Object.defineProperty(fn, 'name', { value: op.name });
  Object.defineProperty(fn, 'length', { value: op.length });
  Object.defineProperty(Readable.prototype, key, {
    value: fn, enumerable: false, configurable: true, writable: true,
  });
}

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/duplexpair')(options);
};

let pipelineImpl;
function pipeline(...streams) {
  if (!pipelineImpl) pipelineImpl = require('internal/streams/pipeline');
  return pipelineImpl.pipeline(...streams);
}
Stream.pipeline = pipeline;

Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});
Object.defineProperty(pipeline, promisifyCustom, {
  enumerable: true,
  get() { return require('stream/promises').pipeline; },
});
Object.defineProperty(eos, promisifyCustom, {
  enumerable: true,
  get() { return require('stream/promises').finished; },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) =>
  Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
