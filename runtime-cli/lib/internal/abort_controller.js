'use strict';
// AbortController and AbortSignal (WHATWG DOM), on top of EventTarget.

const {
  EventTarget, Event, defineEventHandler, markTrusted, kInspect, inspectWith,
} = require('internal/event_target');
const { codes, validateNumber } = require('internal/util/extra_errors');

// Only this module may construct signals: `new AbortSignal()` is illegal.
const kCreate = Symbol('kCreate');

function abortError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;

  constructor(key) {
    if (key !== kCreate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static _is(value) {
    return value !== null && typeof value === 'object' && #aborted in value;
  }

  get aborted() {
    checkSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  [kInspect](depth, options) {
    // Out of depth, Node shows "[AbortSignal]".
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    return inspectWith(this, { aborted: this.#aborted }, depth, options);
  }

  static abort(reason = abortError()) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateNumber(delay, 'delay');
    if (!(delay >= 0 && delay <= 4294967295)) {
      throw new codes.ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
    }
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout',
        'TimeoutError'));
    }, delay);
    // A pending timeout must not keep the process alive.
    if (timer !== null && typeof timer === 'object' && typeof timer.unref === 'function') {
      timer.unref();
    }
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) {
      throw new codes.ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    }
    for (let i = 0; i < signals.length; i++) {
      if (!isSignal(signals[i])) {
        throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = new AbortSignal(kCreate);
    for (const s of signals) {
      if (s.#aborted) {
        result.#aborted = true;
        result.#reason = s.#reason;
        return result;
      }
    }
    const onAbort = (event) => {
      const source = event.target;
      for (const s of signals) s.removeEventListener('abort', onAbort);
      abortSignal(result, source.#reason);
    };
    for (const s of signals) s.addEventListener('abort', onAbort);
    return result;
  }

  static _abort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    signal.dispatchEvent(markTrusted(new Event('abort')));
  }
}

const isSignal = AbortSignal._is;
const abortSignal = AbortSignal._abort;
delete AbortSignal._is;
delete AbortSignal._abort;

function checkSignal(value) {
  if (!isSignal(value)) throw new codes.ERR_INVALID_THIS('AbortSignal');
}

defineEventHandler(AbortSignal.prototype, 'abort');
for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, name, { enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', configurable: true,
});

class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() {
    checkController(this);
    return this.#signal;
  }

  abort(reason = abortError()) {
    checkController(this);
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options) {
    return inspectWith(this, { signal: this.#signal }, depth, options);
  }

  static _is(value) {
    return value !== null && typeof value === 'object' && #signal in value;
  }
}

const isController = AbortController._is;
delete AbortController._is;

function checkController(value) {
  if (!isController(value)) throw new codes.ERR_INVALID_THIS('AbortController');
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', configurable: true,
});

module.exports = { AbortController, AbortSignal, isSignal };
