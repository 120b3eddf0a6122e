'use strict';
// The nextTick queue, microtask draining and unhandled-rejection tracking:
// Node's `processTicksAndRejections`: all ticks, then all microtasks, and
// again until both are empty and no rejection is left to report.
//
// After every macrotask the host checks `tickInfo` (memory it shares with
// this module) and the engine's job queue, and calls processTicks only when
// there is something to do, so a callback that schedules nothing costs no
// extra call.

const { validateFunction } = require('internal/errors');

const runMicrotasks = binding.runMicrotasks;
const engineQueueMicrotask = globalThis.queueMicrotask;

// Ticks as triples (callback, argument count, the one argument or the
// argument array), so the common cases allocate nothing per tick and call
// without spreading.
const queue = [];
let head = 0;

// [0]: ticks are queued; [1]: rejections await reporting.
const tickInfo = new Int32Array(binding.shared, 0, 2);

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  const n = args.length;
  queue.push(callback, n, n === 0 ? undefined : n === 1 ? args[0] : args);
  tickInfo[0] = 1;
}

// nextTick(callback, arg) for internal callers that pass a known function.
function queueTick(callback, arg) {
  if (process._exiting) return;
  queue.push(callback, 1, arg);
  tickInfo[0] = 1;
}

// queueTick, but ahead of every tick queued so far (for a tick that was
// due before them and was put off; see http's finishDispatched).
function queueTickFirst(callback, arg) {
  if (process._exiting) return;
  queue.splice(head, 0, callback, 1, arg);
  tickInfo[0] = 1;
}

// Promises rejected with no handler yet, in order, until the next drain.
const pendingRejections = [];
const maybeUnhandled = new WeakMap();
const reported = new WeakSet();

function onPromiseReject(promise, reason, handled) {
  if (!handled) {
    maybeUnhandled.set(promise, reason);
    pendingRejections.push(promise);
    tickInfo[1] = 1;
    return;
  }
  if (maybeUnhandled.has(promise)) {
    maybeUnhandled.delete(promise);
  } else if (reported.has(promise)) {
    reported.delete(promise);
    process.nextTick(() => process.emit('rejectionHandled', promise));
  }
}

// What Node throws for a rejection with a non-Error reason.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a ' +
      'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
      `promise rejected with the reason "${describeReason(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function describeReason(reason) {
  try {
    const { inspect } = require('internal/util/inspect');
    return inspect(reason);
  } catch {
    return String(reason);
  }
}

// Reports rejections still unhandled after the microtasks drained. Returns
// true when it may have queued more work.
function processRejections() {
  if (pendingRejections.length === 0) return false;
  const batch = pendingRejections.splice(0);
  tickInfo[1] = 0;
  for (const promise of batch) {
    if (!maybeUnhandled.has(promise)) continue;
    const reason = maybeUnhandled.get(promise);
    maybeUnhandled.delete(promise);
    reported.add(promise);
    const handled = process.emit('unhandledRejection', reason, promise);
    if (!handled) {
      let err = reason;
      if (!(reason instanceof Error)) err = new UnhandledPromiseRejection(reason);
      require('internal/process/execution').onUncaught(err, 'unhandledRejection');
    }
  }
  return true;
}

function processTicks() {
  do {
    while (head < queue.length) {
      const callback = queue[head];
      const n = queue[head + 1];
      const arg = queue[head + 2];
      queue[head] = undefined;
      queue[head + 2] = undefined;
      head += 3;
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
      }
      if (n === 0) callback();
      else if (n === 1) callback(arg);
      else callback(...arg);
    }
    tickInfo[0] = 0;
    runMicrotasks();
  } while (head < queue.length || (pendingRejections.length !== 0 && processRejections()));
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  engineQueueMicrotask(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').onUncaught(err, 'uncaughtException');
    }
  });
}

// `queue` is exported read-only for one question: inside a tick's callback,
// `queue.length === 0` says no other tick waits (the loop empties the queue
// before it calls the last one), so the callback may do the next step itself.
module.exports = { nextTick, queueTick, queueTickFirst, queue, processTicks, queueMicrotask, onPromiseReject };
