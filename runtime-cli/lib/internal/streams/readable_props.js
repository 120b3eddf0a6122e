'use strict';
// Readable's public state getters (non-enumerable accessors, as in Node).

function define(Readable, kPaused) {
  Object.defineProperties(Readable.prototype, {
    readable: {
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
      configurable: true,
    },
    readableDidRead: {
      get() { return this._readableState.dataEmitted; },
      configurable: true,
    },
    readableAborted: {
      get() {
        const r = this._readableState;
        return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
      },
      configurable: true,
    },
    readableHighWaterMark: {
      get() { return this._readableState.highWaterMark; },
      configurable: true,
    },
    readableBuffer: {
      get() { return this._readableState && this._readableState.buffer; },
      configurable: true,
    },
    readableFlowing: {
      get() { return this._readableState.flowing; },
      set(state) {
        if (this._readableState) this._readableState.flowing = state;
      },
      configurable: true,
    },
    readableLength: {
      get() { return this._readableState.length; },
      configurable: true,
    },
    readableObjectMode: {
      get() { return this._readableState ? this._readableState.objectMode : false; },
      configurable: true,
    },
    readableEncoding: {
      get() { return this._readableState ? this._readableState.encoding : null; },
      configurable: true,
    },
    errored: {
      get() { return this._readableState ? this._readableState.errored : null; },
      configurable: true,
    },
    closed: {
      get() { return this._readableState ? this._readableState.closed : false; },
      configurable: true,
    },
    destroyed: {
      get() { return this._readableState ? this._readableState.destroyed : false; },
      set(value) {
        if (this._readableState) this._readableState.destroyed = value;
      },
      configurable: true,
    },
    readableEnded: {
      get() { return this._readableState ? this._readableState.endEmitted : false; },
      configurable: true,
    },
  });
}

module.exports = { define };
