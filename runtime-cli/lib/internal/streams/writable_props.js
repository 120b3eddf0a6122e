'use strict';
// Writable's public state getters (non-enumerable accessors, as in Node).

function define(Writable) {
  Object.defineProperties(Writable.prototype, {
    closed: {
      get() { return this._writableState ? this._writableState.closed : false; },
      configurable: true,
    },
    destroyed: {
      get() { return this._writableState ? this._writableState.destroyed : false; },
      set(value) {
        if (this._writableState) this._writableState.destroyed = value;
      },
      configurable: true,
    },
    writable: {
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored &&
          !w.ending && !w.ended;
      },
      set(val) {
        if (this._writableState) this._writableState.writable = !!val;
      },
      configurable: true,
    },
    writableFinished: {
      get() { return this._writableState ? this._writableState.finished : false; },
      configurable: true,
    },
    writableObjectMode: {
      get() { return this._writableState ? this._writableState.objectMode : false; },
      configurable: true,
    },
    writableBuffer: {
      get() { return this._writableState && this._writableState.getBuffer(); },
      configurable: true,
    },
    writableEnded: {
      get() { return this._writableState ? this._writableState.ending : false; },
      configurable: true,
    },
    writableNeedDrain: {
      get() {
        const w = this._writableState;
        if (!w) return false;
        return !w.destroyed && !w.ending && w.needDrain;
      },
      configurable: true,
    },
    writableHighWaterMark: {
      get() { return this._writableState && this._writableState.highWaterMark; },
      configurable: true,
    },
    writableCorked: {
      get() { return this._writableState ? this._writableState.corked : 0; },
      configurable: true,
    },
    writableLength: {
      get() { return this._writableState && this._writableState.length; },
      configurable: true,
    },
    errored: {
      get() { return this._writableState ? this._writableState.errored : null; },
      configurable: true,
    },
    writableAborted: {
      get() {
        const w = this._writableState;
        return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
      },
      configurable: true,
    },
  });
}

module.exports = { define };
