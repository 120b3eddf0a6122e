'use strict';
// Async iteration over a Readable (for await) and wrap() of old-style
// streams.

const destroyImpl = require('internal/streams/destroy');
const { aggregateTwoErrors } = require('internal/streams/errors');

let eos;
let Readable;

function nop() {}

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    if (!Readable) Readable = require('internal/streams/readable');
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

module.exports = { streamToAsyncIterator, wrap };
