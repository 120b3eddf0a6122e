'use strict';
// ReadableStream.prototype.tee(): two branches fed from one reader. Each
// chunk goes to both; the source is cancelled only once both branches
// are, with both reasons. Byte streams get byte-stream branches, with the
// second branch receiving a copy so the two never share memory.

const { kState, createDeferred, isBrand } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const readers = require('internal/webstreams/readers');
const defaultController = require('internal/webstreams/default_controller');
const byteController = require('internal/webstreams/byte_controller');

function readableStreamTee(stream) {
  const isBytes = isBrand(stream[kState].controller, 'ReadableByteStreamController');
  const reader = readers.acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const enqueueTo = (branch, chunk) => {
    const cstate = branch[kState].controller[kState];
    if (isBytes) byteController.enqueue(cstate, chunk);
    else defaultController.enqueue(cstate, chunk);
  };
  const closeBranch = (branch) => {
    const cstate = branch[kState].controller[kState];
    if (isBytes) {
      byteController.close(cstate);
      // A BYOB read waiting on the branch completes empty, as respond(0).
      if (cstate.pendingPullIntos.length > 0) byteController.respond(cstate, 0);
    } else {
      defaultController.close(cstate);
    }
  };
  const errorBranch = (branch, e) => {
    const cstate = branch[kState].controller[kState];
    if (isBytes) byteController.error(cstate, e);
    else defaultController.error(cstate, e);
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readers.defaultReaderRead(reader, {
      // Deferred a microtask so a read that errors the stream right after
      // does not see the branches already holding the chunk.
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          // Byte chunks are copied before the first enqueue transfers them.
          const chunk2 = isBytes && !canceled1 && !canceled2 ? chunk.slice() : chunk;
          if (!canceled1) enqueueTo(branch1, chunk);
          if (!canceled2) enqueueTo(branch2, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) closeBranch(branch1);
        if (!canceled2) closeBranch(branch2);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const start = () => {};
  if (isBytes) {
    branch1 = rs.createReadableByteStream(start, pullAlgorithm, cancel1);
    branch2 = rs.createReadableByteStream(start, pullAlgorithm, cancel2);
  } else {
    branch1 = rs.createReadableStream(start, pullAlgorithm, cancel1);
    branch2 = rs.createReadableStream(start, pullAlgorithm, cancel2);
  }

  reader[kState].closedPromise.promise.catch((r) => {
    errorBranch(branch1, r);
    errorBranch(branch2, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

module.exports = { readableStreamTee };
