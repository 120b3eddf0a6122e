'use strict';
// Node's `worker_threads` as seen from the only thread this runtime has:
// the main thread. Workers cannot be started; MessageChannel ports and
// BroadcastChannel work within the thread (messages are cloned and
// delivered on a later turn of the loop).

const EventEmitter = require('events');
const { codes } = require('internal/errors');

const kConstruct = Symbol('kConstruct');
// A timer of this length holds the loop open while a port listens.
const HOLD_MS = 2147483647;

function clone(value) {
  let structuredClone;
  try {
    structuredClone = globalThis.structuredClone;
  } catch {
    structuredClone = undefined;
  }
  return typeof structuredClone === 'function' ? structuredClone(value) : value;
}

function constructCallInvalid() {
  const err = new TypeError('Constructor cannot be called');
  err.code = 'ERR_CONSTRUCT_CALL_INVALID';
  return err;
}

// ---- MessagePort --------------------------------------------------------

class MessagePort extends EventEmitter {
  constructor(key) {
    if (key !== kConstruct) throw constructCallInvalid();
    super();
    this._peer = null;
    this._queue = [];
    this._closed = false;
    this._started = false;
    this._refed = true;
    this._hold = null;
    this._flushScheduled = false;
    this._onmessage = null;
    // A 'message' listener starts the port, as in Node.
    this.on('newListener', (event) => {
      if (event === 'message') queueMicrotask(() => this.start());
    });
    this.on('removeListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0) this._updateHold();
    });
  }

  postMessage(value) {
    if (this._closed || this._peer === null || this._peer._closed) return;
    this._peer._enqueue(clone(value));
  }

  start() {
    if (this._closed) return;
    this._started = true;
    this._updateHold();
    this._scheduleFlush();
  }

  close() {
    if (this._closed) return;
    const peer = this._peer;
    this._shutdown();
    if (peer !== null) peer._shutdown();
  }

  ref() {
    this._refed = true;
    this._updateHold();
    return this;
  }

  unref() {
    this._refed = false;
    this._updateHold();
    return this;
  }

  hasRef() {
    return this._hold !== null;
  }

  get onmessage() { return this._onmessage; }

  set onmessage(fn) {
    this._onmessage = typeof fn === 'function' ? fn : null;
    if (this._onmessage !== null) this.start();
  }

  // Web-style listeners receive { data } events.
  addEventListener(type, listener) {
    if (typeof listener !== 'function') return;
    const wrapped = type === 'message' ? (data) => listener.call(this, { type, data, target: this }) :
      () => listener.call(this, { type, target: this });
    wrapped.listener = listener;
    this.on(type, wrapped);
  }

  removeEventListener(type, listener) {
    for (const l of this.rawListeners(type)) {
      if (l.listener === listener) {
        this.removeListener(type, l);
        return;
      }
    }
  }

  _enqueue(value) {
    this._queue.push(value);
    this._scheduleFlush();
  }

  _scheduleFlush() {
    if (!this._started || this._flushScheduled || this._queue.length === 0) return;
    this._flushScheduled = true;
    setImmediate(() => {
      this._flushScheduled = false;
      const queue = this._queue;
      this._queue = [];
      for (const value of queue) {
        if (this._closed) break;
        if (this._onmessage !== null) this._onmessage.call(this, { type: 'message', data: value, target: this });
        this.emit('message', value);
      }
    });
  }

  _updateHold() {
    const want = !this._closed && this._refed && this._started &&
      (this.listenerCount('message') > 0 || this._onmessage !== null);
    if (want && this._hold === null) {
      this._hold = setTimeout(() => {}, HOLD_MS);
    } else if (!want && this._hold !== null) {
      clearTimeout(this._hold);
      this._hold = null;
    }
  }

  _shutdown() {
    if (this._closed) return;
    this._closed = true;
    this._queue = [];
    this._updateHold();
    setImmediate(() => this.emit('close'));
  }
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort(kConstruct);
    this.port2 = new MessagePort(kConstruct);
    this.port1._peer = this.port2;
    this.port2._peer = this.port1;
  }
}

// Takes the next queued message off a port synchronously.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw new codes.ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (port._queue.length === 0) return undefined;
  return { message: port._queue.shift() };
}

// ---- BroadcastChannel ---------------------------------------------------

const channels = new Map();

class BroadcastChannel extends EventEmitter {
  constructor(name) {
    if (arguments.length === 0) {
      const err = new TypeError('The "name" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    super();
    this.name = `${name}`;
    this.onmessage = null;
    this._closed = false;
    let set = channels.get(this.name);
    if (set === undefined) channels.set(this.name, set = new Set());
    set.add(this);
  }

  postMessage(message) {
    if (this._closed) {
      const err = new Error('BroadcastChannel is closed.');
      err.name = 'InvalidStateError';
      throw err;
    }
    for (const other of channels.get(this.name)) {
      if (other === this) continue;
      const data = clone(message);
      setImmediate(() => {
        if (other._closed) return;
        const event = { type: 'message', data, target: other };
        if (typeof other.onmessage === 'function') other.onmessage(event);
        other.emit('message', event);
      });
    }
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    const set = channels.get(this.name);
    set.delete(this);
    if (set.size === 0) channels.delete(this.name);
  }

  ref() { return this; }
  unref() { return this; }
}

// ---- the rest -----------------------------------------------------------

class Worker extends EventEmitter {
  constructor() {
    super();
    throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('Worker');
  }
}

const untransferable = new WeakSet();
function markAsUntransferable(object) {
  if (object !== null && (typeof object === 'object' || typeof object === 'function')) {
    untransferable.add(object);
  }
}

function moveMessagePortToContext() {
  throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('moveMessagePortToContext');
}

function postMessageToThread() {
  return Promise.reject(new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('postMessageToThread'));
}

const environmentData = new Map();
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}
function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
