'use strict';
// http.IncomingMessage: a request as the server hands it to 'request'
// listeners. A Readable whose body the native side pushes; `headers`,
// `headersDistinct` and `trailers` are built on first read.
//
// The Readable state is made on first use too: most requests have no body
// and nobody reads them, and building a stream state per request is a large
// share of the per-request cost on QuickJS. Until the state exists, the end
// of the body and a dump are only recorded (kEnded, _dumped) and replayed
// when it is made.

const Readable = require('internal/streams/readable');
const { bitFlag } = require('internal/http/message_state');
const {
  foldHeaders, distinctHeaders, defineDefaults, ownValue,
} = require('internal/http/common');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
// What happened to a message while it had no Readable state (bits below);
// one field, as each property a request gains costs.
const kLazy = Symbol('kLazy');
const kHasState = 1;
const kEnded = 2; // the body ended
const kDumpPending = 4; // dumped with nobody listening
// And two public fields, kept here for the same reason:
const kComplete = 8; // `complete`: the whole message has arrived
const kDumped = 16; // `_dumped`: its body is being discarded
// A server's request (made by connections.js): HTTP/1.1 and `upgrade`
// false unless own fields say otherwise, and `rawHeaders` made from the
// native side's packed header lines (kPacked) on first read. These are
// prototype accessors on IncomingMessage itself, not on a server-only
// prototype, so they hold when an application swaps a request's prototype
// for its own (Express does).
const kServer = 32;
// Bits a message keeps once its Readable state exists.
const kKeep = kComplete | kDumped | kServer;
const kPacked = Symbol('kPacked');
// What _bodyEnd records on a message with no Readable state (for callers
// that skip the call).
const kEnd = kComplete | kEnded;
const { ReadableState } = Readable;

// No EventEmitter or Readable set-up here: events.js makes `_events` on the
// first listener, and the Readable state comes on first use (see above).
// Every own property a request gets costs, so `client`, `rawHeaders` and
// `rawTrailers` are prototype accessors until written.
function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  this.socket = socket;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// Fields every message starts with, on the prototype until first written
// (most are never written for a typical request; see outgoing.js).
defineDefaults(IncomingMessage.prototype, {
  socket: null,
  // (EventEmitter's, again: nearer, they are found sooner.)
  _events: undefined,
  _eventsCount: 0,
  [kHeaders]: null,
  [kHeadersDistinct]: null,
  [kTrailers]: null,
  [kTrailersDistinct]: null,
  joinDuplicateHeaders: false,
  aborted: false,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _consuming: false,
  [kLazy]: 0,
  [kPacked]: '',
});

// rawHeaders from the native side's packing: each name and value ended by
// a NUL (which no valid head contains).
function unpackHeaders(packed) {
  if (packed === '') return [];
  const raw = packed.split('\0');
  raw.length--;
  return raw;
}

// Makes the Readable state (what Readable's constructor would have made)
// and replays what happened before it existed.
function makeState(msg) {
  const socket = msg.socket;
  const hwm = socket ? socket.readableHighWaterMark : undefined;
  const state = new ReadableState(hwm ? { highWaterMark: hwm } : undefined, msg, false);
  state.readingMore = true;
  ownValue(msg, '_readableState', state);
  const lazy = msg[kLazy];
  msg[kLazy] = kHasState | (lazy & kKeep);
  if ((lazy & kEnded) !== 0 && (lazy & kDumpPending) !== 0) {
    // Ended and dumped while nobody listened: it has already been read
    // to its end and auto-destroyed, with no one to tell.
    state.ended = true;
    state.endEmitted = true;
    state.readingMore = false;
    state.flowing = true;
    state.paused = false;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
    return state;
  }
  if ((lazy & kEnded) !== 0) msg.push(null);
  if ((lazy & kDumpPending) !== 0) {
    msg.removeAllListeners('data');
    msg.resume();
  }
  return state;
}

// A field a server's request has as `value` (a bare message: null) until
// it is written.
function serverDefault(key, value) {
  return {
    get() { return (this[kLazy] & kServer) !== 0 ? value : null; },
    set(v) { ownValue(this, key, v); },
    enumerable: true,
    configurable: true,
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  httpVersionMajor: serverDefault('httpVersionMajor', 1),
  httpVersionMinor: serverDefault('httpVersionMinor', 1),
  httpVersion: serverDefault('httpVersion', '1.1'),
  upgrade: serverDefault('upgrade', false),
  complete: bitFlag(kLazy, kComplete),
  _dumped: bitFlag(kLazy, kDumped),
  _readableState: {
    get() { return makeState(this); },
    set(v) {
      ownValue(this, '_readableState', v);
      this[kLazy] = kHasState | (this[kLazy] & kKeep);
    },
    configurable: true,
  },
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
  },
  client: {
    get() { return this.socket; },
    set(v) { ownValue(this, 'client', v); },
    configurable: true,
  },
  rawHeaders: {
    get() { return ownValue(this, 'rawHeaders', unpackHeaders(this[kPacked])); },
    set(v) { ownValue(this, 'rawHeaders', v); },
    configurable: true,
  },
  rawTrailers: {
    get() { return ownValue(this, 'rawTrailers', []); },
    set(v) { ownValue(this, 'rawTrailers', v); },
    configurable: true,
  },
  headers: {
    get() {
      if (this[kHeaders] === null) this[kHeaders] = foldHeaders(this.rawHeaders, this.joinDuplicateHeaders);
      return this[kHeaders];
    },
    set(v) { this[kHeaders] = v; },
    configurable: true,
  },
  headersDistinct: {
    get() {
      if (this[kHeadersDistinct] === null) this[kHeadersDistinct] = distinctHeaders(this.rawHeaders);
      return this[kHeadersDistinct];
    },
    set(v) { this[kHeadersDistinct] = v; },
    configurable: true,
  },
  trailers: {
    get() {
      if (this[kTrailers] === null) this[kTrailers] = foldHeaders(this.rawTrailers, this.joinDuplicateHeaders);
      return this[kTrailers];
    },
    set(v) { this[kTrailers] = v; },
    configurable: true,
  },
  trailersDistinct: {
    get() {
      if (this[kTrailersDistinct] === null) this[kTrailersDistinct] = distinctHeaders(this.rawTrailers);
      return this[kTrailersDistinct];
    },
    set(v) { this[kTrailersDistinct] = v; },
    configurable: true,
  },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket && typeof this.socket.setTimeout === 'function') this.socket.setTimeout(msecs);
  return this;
};

// The body arrives as the native side reads it; reading only marks the
// message as consumed.
IncomingMessage.prototype._read = function _read() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  const socket = this.socket;
  if (socket && socket._readPaused === true && typeof socket.resume === 'function') socket.resume();
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const socket = this.socket;
  if (socket && !socket.destroyed && this.aborted) socket.destroy(err);
  // A tick later, as Node: a response finished meanwhile closes first.
  process.nextTick(destroyed, this, err, cb);
};

// An error is emitted only when someone listens for it (Node's rule).
function destroyed(msg, err, cb) {
  if (msg.listenerCount('error') === 0) cb();
  else cb(err);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    const raw = n === headers.length ? headers : headers.slice(0, n);
    if (this.complete) {
      this.rawTrailers = raw;
      this[kTrailers] = null;
      this[kTrailersDistinct] = null;
    } else {
      this.rawHeaders = raw;
      this[kHeaders] = null;
      this[kHeadersDistinct] = null;
    }
  }
};

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  require('internal/http/common').addHeaderLine(field, value, dest, this.joinDuplicateHeaders);
};

// The native side has delivered the whole body.
IncomingMessage.prototype._bodyEnd = function _bodyEnd() {
  const lazy = this[kLazy];
  if ((lazy & kHasState) === 0) {
    this[kLazy] = lazy | kEnd;
    return;
  }
  this[kLazy] = lazy | kComplete;
  if (!this.destroyed) this.push(null);
};

// Discards an unread body so the connection can move on. Without a state
// and with no listener, nothing can observe it yet: it is only recorded.
IncomingMessage.prototype._dump = function _dump() {
  dumpMessage(this);
};

const ownDump = IncomingMessage.prototype._dump;

function dumpMessage(msg) {
  const lazy = msg[kLazy];
  if ((lazy & kDumped) !== 0) return;
  if ((lazy & kHasState) === 0 && msg._eventsCount === 0) {
    msg[kLazy] = lazy | kDumped | kDumpPending;
    return;
  }
  msg[kLazy] |= kDumped;
  msg.removeAllListeners('data');
  msg.resume();
}

// Whether the response's end should dump request `req`'s body: not when
// the user is reading it or about to. `req` may be any Readable-like object
// a ServerResponse was made with; ours may not have made its state yet.
function shouldDump(req) {
  if (req._consuming) return false;
  if ((req[kLazy] & kHasState) === 0 && req instanceof IncomingMessage) return true;
  return !req._readableState.resumeScheduled;
}

// After its response: discards request `req`'s body unless the user reads
// it (shouldDump, then _dump, in one step for our own requests without a
// Readable state yet).
function dumpIfUnread(req) {
  // The usual case first: our own request, unread and unheard.
  const lazy = req[kLazy];
  if ((lazy & (kHasState | kDumped)) === 0 && req._eventsCount === 0 &&
      req._dump === ownDump && !req._consuming) {
    req[kLazy] = lazy | kDumped | kDumpPending;
    return;
  }
  if (req._consuming) return;
  // (Our own _dump means our lazy bookkeeping; `instanceof` costs a
  // property walk and a call on QuickJS.)
  if ((req[kLazy] & kHasState) === 0 && req._dump === IncomingMessage.prototype._dump) {
    dumpMessage(req);
    return;
  }
  if (shouldDump(req)) req._dump();
}

// A bodyless request's end and its dump (_bodyEnd, then dumpIfUnread) in
// one step, for our own request that nobody has read or listened to; false,
// having done nothing, for any other.
function endAndDumpUnheard(req) {
  const lazy = req[kLazy];
  // (Reading it would have made its state: `_consuming` needs no check.)
  if ((lazy & (kHasState | kDumped)) !== 0 || req._eventsCount !== 0 || req._dump !== ownDump) {
    return false;
  }
  req[kLazy] = lazy | kEnd | kDumped | kDumpPending;
  return true;
}

module.exports = {
  IncomingMessage, kHeaders, kLazy, kHasState, kEnd, kServer, kPacked, unpackHeaders, dumpIfUnread,
  endAndDumpUnheard,
};
