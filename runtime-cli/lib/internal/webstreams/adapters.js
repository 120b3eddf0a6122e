'use strict';
// Bridges between Node streams (stream.Readable/Writable/Duplex) and web
// streams, behind Readable.fromWeb/toWeb, Writable.fromWeb/toWeb and
// Duplex.fromWeb/toWeb. Backpressure crosses over: a Node readable is
// paused while the web side's queue is full, and a web writer waits for
// 'drain' when the Node writable asks it to.

const {
  codes, AbortError, isBrand, validateObject, createDeferred,
} = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const {
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isDestroyed, isWritableEnded,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { ERR_STREAM_PREMATURE_CLOSE } = require('internal/streams/errors').codes;

let Readable;
let Writable;
let Duplex;

// A Node stream that closed early reports ERR_STREAM_PREMATURE_CLOSE; the
// web side sees that as an abort.
function translateError(err) {
  if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause: err });
  }
  return err;
}

// Bytes cross as Uint8Array; object-mode streams pass values unchanged.
function strategyFor(objectMode, highWaterMark) {
  if (objectMode) return new CountQueuingStrategy({ highWaterMark });
  return { highWaterMark, size: (chunk) => chunk.byteLength };
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!isReadableNodeStream(streamReadable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (isDestroyed(streamReadable) || streamReadable.readable === false) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = !!streamReadable.readableObjectMode;
  const strategy = options.strategy !== undefined
    ? options.strategy
    : strategyFor(objectMode, streamReadable.readableHighWaterMark);
  let controller;

  function onData(chunk) {
    if (!objectMode && chunk instanceof Uint8Array && chunk.constructor !== Uint8Array) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    const err = translateError(error);
    streamReadable.removeListener('data', onData);
    if (err) {
      try {
        controller.error(err);
      } catch {
        // already closed or errored
      }
      return;
    }
    try {
      controller.close();
    } catch {
      // already closed (cancelled)
    }
  }

  eos(streamReadable, onFinished);
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroyer(streamReadable, reason); },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isBrand(readableStream, 'ReadableStream')) {
    throw new codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (!Readable) Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || streamWritable.writable === false) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const strategy = strategyFor(!!streamWritable.writableObjectMode,
    streamWritable.writableHighWaterMark);
  let controller;
  let backpressure;
  let closed;

  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }

  const cleanup = eos(streamWritable, (error) => {
    const err = translateError(error);
    cleanup();
    // Errors after this are reported through the web side only.
    streamWritable.on('error', () => {});
    if (err != null) {
      if (backpressure !== undefined) backpressure.reject(err);
      if (closed !== undefined) {
        closed.reject(err);
        closed = undefined;
      }
      controller.error(err);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
      return undefined;
    },
    abort(reason) { destroyer(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// Shared by Writable.fromWeb and Duplex.fromWeb: write/final/destroy
// through a WritableStreamDefaultWriter.
function writerMethods(writer, getStream, decodeStrings, objectMode, isClosed) {
  return {
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buf = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroyer(getStream(), err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroyer(getStream(), err));
        }
      };
      if (!isClosed()) writer.close().then(done, done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isBrand(writableStream, 'WritableStream')) {
    throw new codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  if (!Writable) Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...writerMethods(writer, () => writable, decodeStrings, objectMode, () => closed),
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (!isDuplexNodeStream(duplex)) {
    throw new codes.ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isBrand(readableStream, 'ReadableStream')) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isBrand(writableStream, 'WritableStream')) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true,
    highWaterMark, signal,
  } = options;
  if (!Duplex) Duplex = require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    ...writerMethods(writer, () => duplex, decodeStrings, objectMode, () => writableClosed),
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      const pending = [];
      if (!writableClosed) {
        pending.push(error != null ? writer.abort(error) : writer.close());
      }
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        done();
        return;
      }
      Promise.all(pending).then(done, done);
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
