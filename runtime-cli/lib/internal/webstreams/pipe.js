'use strict';
// ReadableStreamPipeTo: read from the source, write to the destination,
// honouring backpressure (wait on writer.ready), and propagate closing,
// errors and aborts between the two unless the prevent* options say not.
// Shutdown waits for writes already started, then releases both locks.

const { kState, createDeferred, nop } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const readers = require('internal/webstreams/readers');
const ws = require('internal/webstreams/writablestream');

function readableStreamPipeTo(source, dest, options) {
  const { preventClose, preventAbort, preventCancel, signal } = options;
  const reader = readers.acquireDefaultReader(source);
  const writer = ws.acquireWriter(dest);
  const src = source[kState];
  const dst = dest[kState];
  src.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = createDeferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    ws.writerRelease(writer);
    readers.defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }

  function waitForWritesToFinish() {
    const old = currentWrite;
    return currentWrite.then(() => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function whenWritesDone(fn) {
    if (dst.state === 'writable' && !ws.closeQueuedOrInFlight(dst)) {
      waitForWritesToFinish().then(fn);
    } else {
      fn();
    }
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    whenWritesDone(() => {
      let p;
      try {
        p = Promise.resolve(action());
      } catch (err) {
        p = Promise.reject(err);
      }
      p.then(() => finalize(originalIsError, originalError),
        (newError) => finalize(true, newError));
    });
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    whenWritesDone(() => finalize(isError, error));
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dst.state === 'writable'
          ? ws.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (src.state === 'readable'
          ? rs.readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // One step: wait for room in the destination, read a chunk, start
  // writing it. Resolves true when piping should stop.
  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer[kState].readyPromise.promise.then(() => new Promise((resolve, reject) => {
      readers.defaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = ws.writerWrite(writer, chunk).then(undefined, nop);
          resolve(false);
        },
        close: () => resolve(true),
        error: reject,
      });
    }));
  }

  function pipeLoop() {
    pipeStep().then((done) => {
      if (!done) pipeLoop();
    }, nop);
  }

  // Errors and closes on either side, whether already so or later.
  const readerClosed = reader[kState].closedPromise.promise;
  const writerClosed = writer[kState].closedPromise.promise;
  const onSourceError = (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => ws.writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  const onDestError = (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => rs.readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => ws.writerCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };

  if (src.state === 'errored') onSourceError(src.storedError);
  else readerClosed.then(undefined, onSourceError);
  if (dst.state === 'errored') onDestError(dst.storedError);
  else writerClosed.then(undefined, onDestError);
  if (src.state === 'closed') onSourceClosed();
  else readerClosed.then(onSourceClosed, nop);

  if (ws.closeQueuedOrInFlight(dst) || dst.state === 'closed') {
    const destClosed = new TypeError(
      'the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) {
      shutdownWithAction(() => rs.readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  pipeLoop();
  return result.promise;
}

module.exports = { readableStreamPipeTo };
