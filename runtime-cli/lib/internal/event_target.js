'use strict';
// EventTarget, Event and CustomEvent: the DOM interfaces as Node implements
// them (a target has no parent, so dispatch is a single AT_TARGET phase).
// Listener errors surface as uncaught exceptions on a later tick, as in Node.

const { codes, validateObject } = require('internal/util/extra_errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let nowFn;
// Milliseconds since the process started, like performance.now().
function now() {
  if (nowFn === undefined) {
    let perf;
    try {
      perf = globalThis.performance;
    } catch {
      perf = undefined;
    }
    nowFn = perf && typeof perf.now === 'function'
      ? () => perf.now()
      : () => process.uptime() * 1000;
  }
  return nowFn();
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

// `Name { ...fields }`, or just the name when out of depth.
function inspectWith(self, fields, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${lazyInspect()(fields, opts)}`;
}

// ---- Event ----------------------------------------------------------------

class Event {
  #type;
  #bubbles = false;
  #cancelable = false;
  #composed = false;
  #defaultPrevented = false;
  #timeStamp = now();
  #target = null;
  #currentTarget = null;
  #phase = NONE;
  #stopImmediate = false;
  #stopPropagation = false;
  #dispatching = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    validateObject(options, 'options', true);
    this.#type = `${type}`;
    if (options != null) {
      this.#bubbles = !!options.bubbles;
      this.#cancelable = !!options.cancelable;
      this.#composed = !!options.composed;
    }
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #type in value;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options) {
    return inspectWith(this, {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#stopImmediate = true;
    this.#stopPropagation = true;
  }

  preventDefault() {
    checkEvent(this);
    // Node v20 honors this even inside passive listeners.
    this.#defaultPrevented = true;
  }

  get target() { checkEvent(this); return this.#target; }
  get currentTarget() { checkEvent(this); return this.#currentTarget; }
  get srcElement() { checkEvent(this); return this.#target; }
  get type() { checkEvent(this); return this.#type; }
  get cancelable() { checkEvent(this); return this.#cancelable; }
  get defaultPrevented() { checkEvent(this); return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { checkEvent(this); return this.#timeStamp; }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  // Read-only in Node v20: assigning it has no effect.
  get returnValue() { checkEvent(this); return !(this.#cancelable && this.#defaultPrevented); }

  get bubbles() { checkEvent(this); return this.#bubbles; }
  get composed() { checkEvent(this); return this.#composed; }
  get eventPhase() { checkEvent(this); return this.#phase; }
  get cancelBubble() { checkEvent(this); return this.#stopPropagation; }
  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#stopPropagation = true;
  }

  get isTrusted() { checkEvent(this); return isTrustedEvent(this); }

  // Dispatch bookkeeping, reachable only from this module (see below).
  static _begin(event, target) {
    if (event.#dispatching) throw new codes.ERR_EVENT_RECURSION(event.#type);
    event.#dispatching = true;
    event.#target = target;
    event.#currentTarget = target;
    event.#phase = AT_TARGET;
  }

  static _end(event) {
    event.#dispatching = false;
    event.#currentTarget = null;
    event.#phase = NONE;
    event.#stopImmediate = false;
    event.#stopPropagation = false;
  }

  static _stopped(event) {
    return event.#stopImmediate;
  }
}

const isEvent = Event.isEvent;
const beginDispatch = Event._begin;
const endDispatch = Event._end;
const immediateStopped = Event._stopped;
delete Event.isEvent;
delete Event._begin;
delete Event._end;
delete Event._stopped;

// Events Node creates itself (AbortSignal's 'abort') are trusted.
const trustedEvents = new WeakSet();
function isTrustedEvent(event) {
  return trustedEvents.has(event);
}
function markTrusted(event) {
  trustedEvents.add(event);
  return event;
}

function checkEvent(value) {
  if (!isEvent(value)) throw new codes.ERR_INVALID_THIS('Event');
}

for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}
for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable',
  'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase',
  'cancelBubble', 'isTrusted', 'composedPath', 'preventDefault', 'stopPropagation',
  'stopImmediatePropagation', 'initEvent']) {
  Object.defineProperty(Event.prototype, name, { enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', configurable: true,
});

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options != null && options.detail !== undefined ? options.detail : null;
  }

  get detail() {
    if (!(this !== null && typeof this === 'object' && #detail in this)) {
      throw new codes.ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', configurable: true,
});

// ---- EventTarget ------------------------------------------------------------

// One registration: the spec's "event listener" record. Each type keeps a
// doubly linked list; dispatch reads a node's `next` before calling it, so
// (as in Node) a listener appended by the last-run listener is not called
// in that dispatch, and removed nodes still lead on to the rest.
class Listener {
  constructor(callback, capture, once, passive) {
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.removed = false;
    this.prev = undefined;
    this.next = undefined;
  }
}

// Per type: the list's ends and its length.
class ListenerList {
  constructor() {
    this.head = undefined;
    this.tail = undefined;
    this.size = 0;
  }

  find(callback, capture) {
    for (let l = this.head; l !== undefined; l = l.next) {
      if (l.callback === callback && l.capture === capture) return l;
    }
    return undefined;
  }

  append(l) {
    l.prev = this.tail;
    if (this.tail === undefined) this.head = l;
    else this.tail.next = l;
    this.tail = l;
    this.size++;
  }

  // Unlinks `l` but leaves l.next intact for a dispatch standing on it.
  remove(l) {
    l.removed = true;
    if (l.prev === undefined) this.head = l.next;
    else l.prev.next = l.next;
    if (l.next === undefined) this.tail = l.prev;
    else l.next.prev = l.prev;
    this.size--;
  }
}

function reportError(err) {
  process.nextTick(() => { throw err; });
}

function flagsFrom(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  if (options == null) return { capture: false, once: false, passive: false, signal: undefined };
  validateObject(options, 'options');
  return {
    capture: !!options.capture,
    once: !!options.once,
    passive: !!options.passive,
    signal: options.signal,
  };
}

// Event types are strings; a symbol is rejected as WebIDL's DOMString does.
function toDOMString(type) {
  if (typeof type === 'symbol') throw new codes.ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function validateListener(listener) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object')) {
    return true;
  }
  if (listener == null) return false;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

class EventTarget {
  // type -> array of Listener
  #listeners = new Map();
  #maxListeners = undefined;
  #warned = undefined;

  static isEventTarget(value) {
    return value !== null && typeof value === 'object' && #listeners in value;
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal } = flagsFrom(options);
    if (!validateListener(listener)) {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
        'AddEventListenerArgumentTypeWarning');
      return;
    }
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      }
      if (signal.aborted) return;
    }
    type = toDOMString(type);
    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#listeners.set(type, list);
    }
    if (list.find(listener, capture) !== undefined) return;
    list.append(new Listener(listener, capture, once, passive));
    this.#checkMaxListeners(type, list.size);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, { capture });
      }, { once: true });
    }
  }

  #checkMaxListeners(type, count) {
    const max = this.#maxListeners === undefined
      ? require('events').defaultMaxListeners : this.#maxListeners;
    if (max <= 0 || count <= max) return;
    if (this.#warned === undefined) this.#warned = new Set();
    if (this.#warned.has(type)) return;
    this.#warned.add(type);
    const w = new Error(`Possible EventTarget memory leak detected. ${count} ${String(type)} ` +
      `listeners added to ${lazyInspect()(this, { depth: -1 })}. MaxListeners is ${max}. ` +
      'Use events.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.target = this;
    w.type = type;
    w.count = count;
    process.emitWarning(w);
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    // Node v20 reads only `options.capture` here: a bare boolean is ignored.
    const capture = !!(options != null && options.capture === true);
    type = toDOMString(type);
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    const l = list.find(listener, capture);
    if (l !== undefined) this.#unlink(type, list, l);
  }

  #unlink(type, list, l) {
    list.remove(l);
    if (list.size === 0) this.#listeners.delete(type);
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    try {
      const type = event.type;
      const list = this.#listeners.get(type);
      if (list !== undefined) this.#invoke(type, list, event);
    } finally {
      endDispatch(event);
    }
    return !event.defaultPrevented;
  }

  #invoke(type, list, event) {
    let l = list.head;
    while (l !== undefined) {
      const next = l.next;
      if (l.removed) {
        l = next;
        continue;
      }
      if (l.once) this.#unlink(type, list, l);
      const cb = l.callback;
      try {
        let result;
        if (typeof cb === 'function') {
          result = Reflect.apply(cb, this, [event]);
        } else {
          const handle = cb.handleEvent;
          if (typeof handle === 'function') result = Reflect.apply(handle, cb, [event]);
        }
        // A rejected promise from an async listener is an error too.
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, reportError);
        }
      } catch (err) {
        reportError(err);
      }
      if (immediateStopped(event)) break;
      l = next;
    }
  }

  [kInspect](depth, options) {
    return inspectWith(this, {}, depth, options);
  }

  // For events.getEventListeners / setMaxListeners / getMaxListeners.
  static _listeners(target, type) {
    const list = target.#listeners.get(toDOMString(type));
    const out = [];
    if (list !== undefined) {
      for (let l = list.head; l !== undefined; l = l.next) out.push(l.callback);
    }
    return out;
  }

  static _setMax(target, n) { target.#maxListeners = n; }

  static _getMax(target) {
    return target.#maxListeners === undefined
      ? require('events').defaultMaxListeners : target.#maxListeners;
  }
}

const isEventTarget = EventTarget.isEventTarget;
const listenersOf = EventTarget._listeners;
const setMaxListeners = EventTarget._setMax;
const getMaxListeners = EventTarget._getMax;
delete EventTarget.isEventTarget;
delete EventTarget._listeners;
delete EventTarget._setMax;
delete EventTarget._getMax;

function checkTarget(value) {
  if (!isEventTarget(value)) throw new codes.ERR_INVALID_THIS('EventTarget');
}

for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, name, { enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', configurable: true,
});

// `on<type>` handler attributes (e.g. AbortSignal#onabort): the listener is
// registered on first assignment and keeps its place when reassigned.
function defineEventHandler(proto, type) {
  const handlers = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    configurable: true,
    enumerable: true,
    get() {
      const h = handlers.get(this);
      return h === undefined ? null : h.value;
    },
    set(value) {
      let h = handlers.get(this);
      // null/undefined unregister; anything else is kept (only functions
      // are called), as in Node.
      if (value == null) {
        if (h !== undefined) {
          this.removeEventListener(type, h.wrapper);
          handlers.delete(this);
        }
        return;
      }
      if (h !== undefined) {
        h.value = value;
        return;
      }
      h = {
        value,
        wrapper(event) {
          const fn = h.value;
          if (typeof fn === 'function') return Reflect.apply(fn, this, [event]);
          return undefined;
        },
      };
      handlers.set(this, h);
      this.addEventListener(type, h.wrapper);
    },
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  isEvent,
  isEventTarget,
  listenersOf,
  setMaxListeners,
  getMaxListeners,
  defineEventHandler,
  markTrusted,
  kInspect,
  inspectWith,
};
