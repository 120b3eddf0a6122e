// A minimal AbortSignal stand-in: what timers/promises reads from a signal.
module.exports = function fakeController() {
  const listeners = new Set();
  const signal = {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { if (type === 'abort') listeners.add(fn); },
    removeEventListener(type, fn) { if (type === 'abort') listeners.delete(fn); },
  };
  return {
    signal,
    listeners,
    abort(reason) {
      signal.aborted = true;
      signal.reason = reason;
      for (const fn of [...listeners]) fn();
    },
  };
};
