'use strict';
// Timeout and Immediate objects over native timer handles. A native handle
// exists while a timer is armed; the active maps route firings back here.

const { codes, validateFunction } = require('internal/errors');
const { processTicks } = require('internal/process/task_queues');

const native = binding.timers;
const kHandle = Symbol('handle');
const kRefed = Symbol('refed');
const kPrimitive = Symbol('primitive');
// Keyed by string: the engine's Map hashes small integers poorly.
const byPrimitive = { __proto__: null };
let lastPrimitive = 0;
const TIMEOUT_MAX = 2 ** 31 - 1;

function warnOverflow(after) {
  process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
    '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) warnOverflow(after);
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHandle] = 0;
    arm(this);
  }

  refresh() {
    if (this[kHandle] !== 0) {
      native.refresh(this[kHandle]);
    } else if (this._idleTimeout !== -1) {
      // A fired timeout comes back to life, as in Node; a cleared one doesn't.
      this._destroyed = false;
      arm(this);
    }
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kHandle] !== 0) native.setRef(this[kHandle], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (this[kHandle] !== 0) native.setRef(this[kHandle], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (this[kPrimitive] === undefined) {
      this[kPrimitive] = ++lastPrimitive;
      byPrimitive[this[kPrimitive]] = this;
    }
    return this[kPrimitive];
  }
}

function arm(timer) {
  const id = native.start(timer._idleTimeout, timer._repeat !== null, timer);
  timer[kHandle] = id;
  if (timer[kPrimitive] !== undefined) byPrimitive[timer[kPrimitive]] = timer;
  if (!timer[kRefed]) native.setRef(id, false);
}

function release(timer) {
  timer[kHandle] = 0;
  timer._destroyed = true;
  if (timer[kPrimitive] !== undefined) delete byPrimitive[timer[kPrimitive]];
}

function disarm(timer) {
  const id = timer[kHandle];
  if (id !== 0) native.stop(id);
  release(timer);
  timer._idleTimeout = -1;
}

// Hook: `timer`'s native handle is due.
function onTimer(timer) {
  if (timer._repeat === null) release(timer);
  const args = timer._timerArgs;
  if (args === undefined) timer._onTimeout();
  else timer._onTimeout(...args);
  processTicks();
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    disarm(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byPrimitive[timer];
    if (t !== undefined) disarm(t);
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kHandle] = native.immediate(this);
  }

  ref() {
    this[kRefed] = true;
    if (this[kHandle] !== 0) native.setImmediateRef(this[kHandle], true);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kHandle] !== 0) native.setImmediateRef(this[kHandle], false);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

// Hook: `immediate` reached the check phase.
function onImmediate(immediate) {
  immediate[kHandle] = 0;
  immediate._destroyed = true;
  const args = immediate._argv;
  if (args === undefined) immediate._onImmediate();
  else immediate._onImmediate(...args);
  processTicks();
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate[kHandle] === 0) return;
  native.clearImmediate(immediate[kHandle]);
  immediate[kHandle] = 0;
  immediate._destroyed = true;
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, onTimer, onImmediate, codes,
};
