'use strict';
// node:stream/web — the WHATWG Streams API. The implementation lives in
// internal/webstreams/; CompressionStream and DecompressionStream are not
// provided by this runtime.

const { ReadableStream } = require('internal/webstreams/readablestream');
const {
  ReadableStreamDefaultReader, ReadableStreamBYOBReader,
} = require('internal/webstreams/readers');
const { ReadableStreamDefaultController } = require('internal/webstreams/default_controller');
const {
  ReadableByteStreamController, ReadableStreamBYOBRequest,
} = require('internal/webstreams/byte_controller');
const {
  TransformStream, TransformStreamDefaultController,
} = require('internal/webstreams/transformstream');
const {
  WritableStream, WritableStreamDefaultWriter,
} = require('internal/webstreams/writablestream');
const { WritableStreamDefaultController } = require('internal/webstreams/writable_controller');
const {
  ByteLengthQueuingStrategy, CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
