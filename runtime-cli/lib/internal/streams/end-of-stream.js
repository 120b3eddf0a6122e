'use strict';
// finished()/eos: call back once a stream is done in the directions asked
// for (ended, finished, closed, or errored), with Node's premature-close
// rules. Returns a function removing every listener it added.

const {
  codes, AbortError, validateFunction, validateObject, validateAbortSignal,
} = require('internal/streams/errors');
const {
  isClosed, isReadable, isReadableNodeStream, isReadableStream, isReadableFinished,
  isReadableErrored, isWritable, isWritableNodeStream, isWritableStream, isWritableFinished,
  isWritableErrored, isNodeStream, willEmitClose: willEmitCloseOf, isRequest,
} = require('internal/streams/utils');

function nop() {}

function once(fn) {
  let called = false;
  return function onceWrapper(...args) {
    if (called) return;
    called = true;
    fn.apply(this, args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, callback);
  }
  if (!isNodeStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
      stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // Legacy writables have no state: 'end'/'close' with writable=false.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  // When the stream will emit 'close' itself, wait for it rather than
  // reporting on 'end'/'finish', so the callback sees the final state.
  let willEmitClose = willEmitCloseOf(stream) &&
    isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  let closed = isClosed(stream);
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      callback.call(stream, errored);
      return;
    }
    if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      callback.call(stream, new codes.ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      callback.call(stream, new codes.ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    callback.call(stream);
  };

  // Already closed/errored before we started watching.
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      callback.call(stream, errored);
      return;
    }
    callback.call(stream);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    watchSignal(options.signal, stream, cleanup, () => callback, (cb) => { callback = cb; });
  }
  return cleanup;
}

// options.signal: abort reports an AbortError and stops watching.
function watchSignal(signal, stream, cleanup, getCallback, setCallback) {
  const abort = () => {
    const endCallback = getCallback();
    cleanup();
    endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    process.nextTick(abort);
    return;
  }
  signal.addEventListener('abort', abort, { once: true });
  const original = getCallback();
  setCallback(once(function onDone(...args) {
    signal.removeEventListener('abort', abort);
    original.apply(stream, args);
  }));
}

function eosWeb(stream, options, callback) {
  let done = false;
  let cleanup = nop;
  const finish = (err) => {
    if (done) return;
    done = true;
    callback.call(stream, err);
  };
  if (options.signal) {
    const abort = () => finish(new AbortError(undefined, { cause: options.signal.reason }));
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      options.signal.addEventListener('abort', abort, { once: true });
      cleanup = () => options.signal.removeEventListener('abort', abort);
    }
  }
  const { kIsClosedPromise } = require('internal/streams/utils');
  const closedPromise = kIsClosedPromise && stream[kIsClosedPromise];
  if (closedPromise && typeof closedPromise.promise === 'object') {
    closedPromise.promise.then(() => { cleanup(); finish(); },
      (err) => { cleanup(); finish(err); });
  }
  return () => {
    done = true;
    cleanup();
  };
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    require('internal/streams/errors').validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
module.exports = eos;
