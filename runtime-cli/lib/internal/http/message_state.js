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
// Settings that take a response off the one-call path of end(), kept as
// bits so that path reads one field (the usual names are accessors):
const kNoBody = 256; // `_hasBody` false (HEAD, 204, 304, 1xx)
const kNoKeepAlive = 512; // `shouldKeepAlive` false
const kNoDate = 1024; // `sendDate` false
const kExpectContinue = 2048; // `_expect_continue`
const kReasonSet = 4096; // `statusMessage` was set
const kDispatching = 8192; // its 'request' listeners are running
// `useChunkedEncodingByDefault` false (an HTTP/1.0 request's response: as
// Node's, it then has no length unless one is set, and closes the
// connection to end its body)
const kNoChunkedDefault = 16384;
const kStrictLength = 32768; // `strictContentLength`

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

// The same for a bit that stands for the property being false.
function bitFlagNot(field, bit) {
  return {
    get() { return (this[field] & bit) === 0; },
    set(v) { this[field] = v ? this[field] & ~bit : this[field] | bit; },
    enumerable: true,
    configurable: true,
  };
}

module.exports = {
  kHeader, kHeaderSent, kFinished, kWritableFinished, kDestroyed, kClosed, kReasonOK,
  kFinishDue, kNoBody, kNoKeepAlive, kNoDate, kExpectContinue, kReasonSet, kDispatching,
  kNoChunkedDefault, kStrictLength, bitFlag, bitFlagNot,
};
