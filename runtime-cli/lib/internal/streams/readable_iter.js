'use strict';
// Async iteration over a Readable (for await), wrap() of old-style
// streams, and the Readable.from/wrap/fromWeb/toWeb statics.

const destroyImpl = require('internal/streams/destroy');
const { aggregateTwoErrors, validateObject } = require('internal/streams/errors');

let eos;
let Readable;

function nop() {}

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  if (!eos) eos = require('internal/streams/end-of-stream');
  // The consumer parks on `wake` until 'readable' or the end/error.
  let wake = nop;
  function onReadable() {
    wake();
    wake = nop;
  }
  function park(resolve) {
    wake = resolve;
  }
  stream.on('readable', onReadable);

  // undefined: still running; null: ended cleanly; else the error.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(park);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    // Leaving early (break/return/throw) destroys the stream unless the
    // caller asked to keep it.
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }
}

// Make `self` (a Readable) read from an old-style 'data'/'end' stream.
function wrap(self, stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { self.push(null); });
  stream.on('error', (err) => { destroyImpl.errorOrDestroy(self, err); });
  stream.on('close', () => { self.destroy(); });
  stream.on('destroy', () => { self.destroy(); });
  self._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // Proxy the wrapped stream's own methods (Node skips the first key).
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const k = keys[j];
    if (self[k] === undefined && typeof stream[k] === 'function') self[k] = stream[k].bind(stream);
  }
  return self;
}

function define(ReadableClass) {
  Readable = ReadableClass;
  const proto = Readable.prototype;

  proto.wrap = function wrapStream(stream) {
    return wrap(this, stream);
  };
  proto.iterator = function iterator(options) {
    if (options !== undefined) validateObject(options, 'options');
    return streamToAsyncIterator(this, options);
  };
  proto[Symbol.asyncIterator] = function asyncIterator() {
    return streamToAsyncIterator(this);
  };

  Readable.from = function from(iterable, opts) {
    return require('internal/streams/from')(Readable, iterable, opts);
  };
  Readable.fromWeb = function fromWeb(readableStream, options) {
    return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(
      readableStream, options);
  };
  Readable.toWeb = function toWeb(streamReadable, options) {
    return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(
      streamReadable, options);
  };
  // A Readable over any old-style stream.
  Readable.wrap = function wrapStatic(src, options) {
    return new Readable({
      objectMode: src.readableObjectMode ?? src.objectMode ?? true,
      ...options,
      destroy(err, callback) {
        destroyImpl.destroyer(src, err);
        callback(err);
      },
    }).wrap(src);
  };
}

module.exports = { define };
