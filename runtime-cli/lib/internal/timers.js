'use strict';
// Timeout and Immediate, kept in JavaScript the way Node keeps them:
//
// - Timers with the same duration share a list in creation order; since a
//   timer's start is the time it was created, each list is sorted by expiry.
//   Lists sit in a min-heap by the expiry of their first timer, and one
//   native timer is armed for the earliest list (`binding.timers.schedule`).
// - Immediates form one queue; one native check-phase callback is queued
//   while it is non-empty (`scheduleCheck`).
// - The native handles are referenced while any referenced timer (or
//   immediate) exists: the counts below track that.
//
// Ticks and microtasks are drained between every two callbacks here, and
// by the host after the last one.

const { validateFunction } = require('internal/errors');
const { processTicks } = require('internal/process/task_queues');
const { keepShapes } = require('internal/util/shapes');

const native = binding.timers;
// The loop's time in ms, refreshed first (as Node's getLibuvNow does): a
// timer starts when it is created, even late in a long synchronous run.
const now = native.now;
const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kPrimitive = Symbol('primitive');

// ---- a doubly linked list through _idlePrev/_idleNext ----------------------

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}

function listAppend(list, item) {
  if (item._idleNext !== null || item._idlePrev !== null) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

function listRemove(item) {
  if (item._idleNext !== null) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev !== null) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function listPeek(list) {
  return list._idleNext === list ? null : list._idleNext;
}

// ---- the heap of timer lists --------------------------------------------

class TimersList {
  constructor(expiry, msecs) {
    listInit(this);
    this.expiry = expiry;
    this.msecs = msecs;
    this.position = -1;
  }
}

const heap = [];

function heapSwap(i, j) {
  const a = heap[i];
  heap[i] = heap[j];
  heap[j] = a;
  heap[i].position = i;
  heap[j].position = j;
}

function heapUp(i) {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent].expiry <= heap[i].expiry) return;
    heapSwap(i, parent);
    i = parent;
  }
}

function heapDown(i) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let min = i;
    if (l < heap.length && heap[l].expiry < heap[min].expiry) min = l;
    if (r < heap.length && heap[r].expiry < heap[min].expiry) min = r;
    if (min === i) return;
    heapSwap(i, min);
    i = min;
  }
}

function heapPush(list) {
  list.position = heap.length;
  heap.push(list);
  heapUp(list.position);
}

function heapRemove(list) {
  const i = list.position;
  const last = heap.pop();
  list.position = -1;
  if (last !== list) {
    heap[i] = last;
    last.position = i;
    heapDown(i);
    heapUp(last.position);
  }
}

// ---- scheduling ----------------------------------------------------------

const lists = { __proto__: null };
let refCount = 0;
let nextExpiry = Infinity;
let nativeRefed = true;

function updateNativeRef() {
  const want = refCount > 0;
  if (want !== nativeRefed) {
    nativeRefed = want;
    native.setRef(want);
  }
}

function incRef() {
  refCount++;
  if (refCount === 1) updateNativeRef();
}

function decRef() {
  refCount--;
  if (refCount === 0) updateNativeRef();
}

function scheduleNative(expiry) {
  nextExpiry = expiry;
  native.schedule(Math.max(1, Math.ceil(expiry - now())));
  // A first timer may be created unreferenced: the native handle starts
  // referenced, so bring it in line with the count.
  updateNativeRef();
}

function insert(timer, msecs, start) {
  timer._idleStart = start;
  let list = lists[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = lists[msecs] = new TimersList(expiry, msecs);
    heapPush(list);
    if (expiry < nextExpiry) scheduleNative(expiry);
  }
  listAppend(list, timer);
}

// Arms (or re-arms) `timer` from now; keeps the ref count right.
function activate(timer, refed) {
  const msecs = timer._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  insert(timer, msecs, now());
  if (timer._destroyed) {
    timer._destroyed = false;
    if (refed) incRef();
  } else if (refed !== timer[kRefed]) {
    if (refed) incRef();
    else decRef();
  }
  timer[kRefed] = refed;
}

function dropEmptyList(timer) {
  const list = lists[timer._idleTimeout];
  if (list !== undefined && listPeek(list) === null) {
    heapRemove(list);
    delete lists[timer._idleTimeout];
  }
}

// Disarms `timer` for good (clearTimeout).
function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kPrimitive] !== undefined) delete byPrimitive[timer[kPrimitive]];
  if (timer[kRefed]) decRef();
  listRemove(timer);
  dropEmptyList(timer);
  timer._idleTimeout = -1;
}

// Keyed by string: the engine's Map hashes small integers poorly.
const byPrimitive = { __proto__: null };
let lastPrimitive = 0;

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
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    if (isRefed) incRef();
    insert(this, after, now());
  }

  refresh() {
    if (this[kRefed]) activate(this, true);
    else activate(this, false);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRef();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRef();
    }
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
    if (this[kPrimitive] === undefined) this[kPrimitive] = ++lastPrimitive;
    if (!this._destroyed) byPrimitive[this[kPrimitive]] = this;
    return this[kPrimitive];
  }
}

// Runs the due timers of `list`; returns true when the list emptied.
function runList(list, current, state) {
  const msecs = list.msecs;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    if (current - timer._idleStart < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, current + 1);
      heapDown(list.position);
      return false;
    }
    if (state.ran) processTicks();
    else state.ran = true;
    listRemove(timer);
    if (timer._destroyed) continue;
    let start;
    if (timer._repeat !== null) {
      start = now();
    } else {
      timer._destroyed = true;
      if (timer[kRefed]) decRef();
      if (timer[kPrimitive] !== undefined) delete byPrimitive[timer[kPrimitive]];
    }
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (timer._repeat !== null && timer._idleTimeout !== -1 && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      }
    }
  }
  if (lists[msecs] === list) {
    heapRemove(list);
    delete lists[msecs];
  }
  return true;
}

// Hook: the native timer fired. Runs every due list, then re-arms the
// native timer for the next one (also when a callback threw).
function onTimers() {
  nextExpiry = Infinity;
  const current = now();
  const state = { ran: false };
  try {
    while (heap.length > 0) {
      const list = heap[0];
      if (list.expiry > current) break;
      runList(list, current, state);
    }
  } finally {
    if (heap.length > 0) scheduleNative(heap[0].expiry);
  }
}

// (A rest parameter is cheaper in QuickJS than touching `arguments`.)
function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Timeout(callback, after, args.length > 0 ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args.length > 0 ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byPrimitive[timer];
    if (t !== undefined) unenroll(t);
  }
}

// ---- immediates ------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
}

let immediateQueue = new ImmediateList();
// Immediates taken for the current check phase but not yet run (left over
// when a callback threw); they run first next time.
let outstanding = null;
let immediateCount = 0;
let immediateRefCount = 0;
let checkRefed = true;
// Whether the native check callback is queued (saves a native call).
let checkScheduled = false;

function scheduleCheck() {
  if (!checkScheduled) {
    checkScheduled = true;
    native.scheduleCheck();
  }
}

function updateCheckRef() {
  const want = immediateRefCount > 0;
  if (want !== checkRefed) {
    checkRefed = want;
    native.setCheckRef(want);
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    immediateCount++;
    immediateRefCount++;
    if (immediateRefCount === 1) updateCheckRef();
    if (immediateCount === 1) scheduleCheck();
    immediateQueue.append(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed && ++immediateRefCount === 1) updateCheckRef();
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed && --immediateRefCount === 0) updateCheckRef();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

function retire(immediate) {
  immediate._destroyed = true;
  immediateCount--;
  if (immediate[kRefed] && --immediateRefCount === 0) updateCheckRef();
}

function runImmediates(queue) {
  let ran = false;
  let immediate = queue.head;
  while (immediate !== null) {
    if (immediate._destroyed) {
      immediate = immediate._idleNext;
      continue;
    }
    if (ran) processTicks();
    else ran = true;
    retire(immediate);
    const next = immediate._idleNext;
    queue.head = next;
    outstanding = next === null ? null : queue;
    const args = immediate._argv;
    if (args === undefined) immediate._onImmediate();
    else immediate._onImmediate(...args);
    immediate = next;
  }
  outstanding = null;
}

// Hook: the check phase. Runs the immediates queued before it began; ones
// queued meanwhile wait for the next iteration.
function onImmediates() {
  checkScheduled = false;
  const queue = outstanding !== null ? outstanding : immediateQueue;
  if (queue === immediateQueue) immediateQueue = new ImmediateList();
  try {
    runImmediates(queue);
  } finally {
    if (outstanding !== null || immediateCount > 0) scheduleCheck();
  }
}

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Immediate(callback, args.length > 0 ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || typeof immediate._onImmediate !== 'function') return;
  // Left linked: the check phase skips it. Unlinking here could cut the
  // queue that is running right now.
  retire(immediate);
  immediate._onImmediate = null;
}

// util.promisify(setTimeout) and friends give the timers/promises versions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: false,
    configurable: true,
    get() {
      return require('timers/promises')[name];
    },
  });
}

// Timers and immediates are made one at a time (often one alive at a time):
// keep their layouts (see internal/util/shapes.js).
keepShapes(Timeout.prototype, ['_idleTimeout', '_idlePrev', '_idleNext', '_idleStart',
  '_onTimeout', '_timerArgs', '_repeat', '_destroyed', kRefed]);
keepShapes(Immediate.prototype, ['_idleNext', '_idlePrev', '_onImmediate', '_argv', '_destroyed',
  kRefed]);

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, onTimers, onImmediates,
};
