'use strict';
// Readable.prototype.pipe/unpipe: flowing 'data' into dest.write(), pausing
// the source while any destination waits for 'drain'.

const { prependListener } = require('internal/streams/legacy');
const { errorOrDestroy } = require('internal/streams/destroy');

function pipe(src, dest, pipeOpts) {
  const state = src._readableState;

  // A second destination switches drain tracking to a Set.
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipeDest;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  let ondrain;
  let cleanedUp = false;

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipeDest);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // Stop waiting for a drain that will never come from this dest.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = makeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // A dest error unpipes; it is rethrown only if nobody else handles it.
  function onerror(er) {
    unpipeDest();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipeDest();
  }

  function onfinish() {
    dest.removeListener('close', onclose);
    unpipeDest();
  }

  function unpipeDest() {
    src.unpipe(dest);
  }

  src.on('data', ondata);
  prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.on('unpipe', onunpipe);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
}

function makeOnDrain(src, dest) {
  return function pipeOnDrain() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

function unpipe(src, dest) {
  const state = src._readableState;
  if (state.pipes.length === 0) return src;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    src.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', src, { hasUnpiped: false });
    }
    return src;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return src;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) src.pause();
  dest.emit('unpipe', src, { hasUnpiped: false });
  return src;
}

module.exports = { pipe, unpipe };
