'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError
// when the signal aborts.

const { codes, AbortError, validateAbortSignal } = require('internal/streams/errors');
const { isNodeStream, isWebStream } = require('internal/streams/utils');

let eos;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
      stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => {
    const err = new AbortError(undefined, { cause: signal.reason });
    if (isNodeStream(stream)) stream.destroy(err);
    else if (typeof stream.cancel === 'function') stream.cancel(err);
    else if (typeof stream.abort === 'function') stream.abort(err);
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    if (!eos) eos = require('internal/streams/end-of-stream');
    // Stop listening once the stream is done either way.
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = addAbortSignal;
module.exports.addAbortSignal = addAbortSignal;
module.exports.addAbortSignalNoValidate = addAbortSignalNoValidate;
