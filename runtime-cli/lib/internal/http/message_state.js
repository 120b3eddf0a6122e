'use strict';
// A response's progress, as bits of its one `_state` field: these change
// on every response, and each property a response gains costs on QuickJS.
// OutgoingMessage's usual names for them (`finished`, `_headerSent`...) are
// accessors over these bits; the hot paths test the bits directly.

const kHeader = 1; // the head is fixed (`_header`: true or null)
const kHeaderSent = 2; // the head has gone to the native side
const kFinished = 4; // end() was called
const kWritableFinished = 8; // everything has left
const kDestroyed = 16;
const kClosed = 32; // 'close' emitted
const kReasonOK = 64; // statusMessage is 'OK' (the usual 200, not stored)
const kFinishDue = 128; // ended while dispatched: 'finish' waits for the return

// An accessor pair exposing `bit` of the int field `field` as a boolean
// property (a response's `_state` here; a request's kLazy in incoming.js).
function bitFlag(field, bit) {
  return {
    get() { return (this[field] & bit) !== 0; },
    set(v) { this[field] = v ? this[field] | bit : this[field] & ~bit; },
    enumerable: true,
    configurable: true,
  };
}

module.exports = {
  kHeader, kHeaderSent, kFinished, kWritableFinished, kDestroyed, kClosed, kReasonOK,
  kFinishDue, bitFlag,
};
