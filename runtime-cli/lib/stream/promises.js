'use strict';
// stream/promises: promise forms of pipeline() and finished().

const { finished } = require('internal/streams/end-of-stream');
const { isIterable, isNodeStream, isWebStream } = require('internal/streams/utils');
const { validateAbortSignal } = require('internal/streams/errors');

function pipeline(...streams) {
  const { pipelineImpl } = require('internal/streams/pipeline');
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    // A trailing plain object (not a stream or iterable) holds options.
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) &&
        !isWebStream(last)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
      validateAbortSignal(signal, 'options.signal');
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { finished, pipeline };
