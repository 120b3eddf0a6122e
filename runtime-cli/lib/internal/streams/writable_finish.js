'use strict';
// The end of a Writable: once end() was called and every write completed,
// run _final (if any), emit 'prefinish' and 'finish', then autoDestroy.

const { errorOrDestroy } = require('internal/streams/destroy');
const { codes } = require('internal/streams/errors');

// end() callbacks waiting for 'finish' (or for the error that prevents it).
const kOnFinished = Symbol('kOnFinished');

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err == null ? new codes.ERR_MULTIPLE_CALLBACK() : err);
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const onFinished = state[kOnFinished].splice(0);
      for (let i = 0; i < onFinished.length; i++) onFinished[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    // From end(): 'finish' waits a tick so listeners can be attached.
    state.pendingcb++;
    process.nextTick(finishIfStillNeeded, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfStillNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const onFinished = state[kOnFinished].splice(0);
  for (let i = 0; i < onFinished.length; i++) onFinished[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed only once its readable side has ended too.
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

module.exports = { kOnFinished, finishMaybe };
