'use strict';

// The performance clock (milliseconds since process start), the Node
// timing milestones (performance.nodeTiming) and eventLoopUtilization.

const hrtime = binding.process.hrtime;

// Time zero is process start: the host's uptime says how long ago that
// was. Kept as whole seconds + nanoseconds so now() subtracts exactly and
// reads as microsecond-precision milliseconds, as in Node.
let originS;
let originNs;
{
  const [s, ns] = hrtime();
  const upNs = Math.round(binding.process.uptime() * 1e9);
  originS = s - Math.floor(upNs / 1e9);
  originNs = ns - (upNs % 1e9);
}
const timeOrigin = Date.now() - binding.process.uptime() * 1e3;

function now() {
  const [s, ns] = hrtime();
  return ((s - originS) * 1e9 + (ns - originNs)) / 1e6;
}

const bootstrapComplete = now();
// The loop has started once an immediate runs (unref'd: it never keeps
// the process alive by itself).
let loopStart = -1;
setImmediate(() => { loopStart = now(); }).unref();

// The host does not report loop idle time yet, so all elapsed loop time
// counts as active; before the loop starts everything is zero.
function eventLoopUtilization(util1, util2) {
  const active = loopStart < 0 ? 0 : now() - loopStart;
  const current = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
  if (util1 === undefined) return current;
  const base = util2 !== undefined ? util2 : current;
  const idle = base.idle - util1.idle;
  const act = base.active - util1.active;
  const sum = idle + act;
  return { idle, active: act, utilization: sum > 0 ? act / sum : 0 };
}

class PerformanceNodeTiming {
  constructor() {
    // Own enumerable getters, as Node shows them.
    const fixed = { name: 'node', entryType: 'node', startTime: 0 };
    const getters = {
      duration: now,
      nodeStart: () => 0,
      v8Start: () => 0,
      environment: () => bootstrapComplete,
      loopStart: () => loopStart,
      loopExit: () => -1,
      bootstrapComplete: () => bootstrapComplete,
      idleTime: () => 0,
      uvMetricsInfo: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
    };
    for (const key of Object.keys(fixed)) {
      Object.defineProperty(this, key, { value: fixed[key], enumerable: true, configurable: true });
    }
    for (const key of Object.keys(getters)) {
      Object.defineProperty(this, key, { get: getters[key], enumerable: true, configurable: true });
    }
  }

  toJSON() {
    const out = {};
    for (const key of Object.keys(this)) if (key !== 'uvMetricsInfo') out[key] = this[key];
    return out;
  }
}
const nodeTiming = new PerformanceNodeTiming();

module.exports = { timeOrigin, now, eventLoopUtilization, nodeTiming };
