'use strict';
// http.OutgoingMessage: a message's body and end, its finish and close,
// over the native connection (ServerResponse is in server_response.js).
// Headers are kept as a flat list of (lowercased key, name as set, value)
// until the head is due; the head then goes to the native side as a flat
// [name, value...] list. `res.end(body)` with nothing written yet is one
// native call (`respondPlain`, or `respond`), with a Content-Length;
// `write()` before that sends the head with no length (chunked, unless the
// user set a length).

const { Stream } = require('internal/streams/legacy');
const { STATUS_CODES, codes, defineDefaults, ownValue } = require('internal/http/common');
const { kOutHeaders, installHeaderMethods } = require('internal/http/outgoing_headers');
const {
  kHeader, kHeaderSent, kFinished, kWritableFinished, kDestroyed, kClosed, kReasonOK,
  kFinishDue, kNoBody, kNoKeepAlive, kNoDate, kExpectContinue, kReasonSet, kDispatching,
  kNoChunkedDefault, kStrictLength, bitFlag, bitFlagNot,
} = require('internal/http/message_state');
const { dumpIfUnread, endAndDumpUnheard } = require('internal/http/incoming');
const { checkLength, byteLength } = require('internal/http/strict_length');

// (Looked up once: every property read costs on QuickJS.)
const nativeHttp = binding.http;
const {
  queueTick, queueTickFirst, queue: tickQueue,
} = require('internal/process/task_queues');

const eeEmit = require('events').prototype.emit;
const kNeedDrain = Symbol('kNeedDrain');
// Output the native side holds past which write() says to wait for 'drain'.
const kHighWater = 16 * 1024;

function nop() {}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// No EventEmitter set-up: events.js makes `_events` on the first listener,
// and everything else starts on the prototype (below).
function OutgoingMessage(options) {
  if (!(this instanceof OutgoingMessage)) return new OutgoingMessage(options);
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);

// Fields every message starts with. They live on the prototype and become
// own properties when first written: a response sets only a few of them,
// and adding ~30 own properties per message is a real share of a request's
// cost on QuickJS.
defineDefaults(OutgoingMessage.prototype, {
  outputSize: 0,
  writable: true,
  chunkedEncoding: false,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  _contentLength: null,
  _trailer: '',
  _trailerList: null,
  [kNeedDrain]: false,
  _pendingBytes: 0,
  _state: kNoDate,
  socket: null,
  [kOutHeaders]: null,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  // Ours: the native connection (-1 when unattached), the head as a flat
  // list once it is fixed, whether 'finish' waits for the output to drain,
  // and whether the native side keeps the connection alive. (`_state`:
  // message_state.js.)
  _connId: -1,
  _rawHead: null,
  _finishOnDrain: false,
  _nativeKeepAlive: true,
  errored: null,
});

// (`_header` is true or null: the head itself is kept as `_rawHead`.)
Object.defineProperties(OutgoingMessage.prototype, {
  _header: {
    get() { return (this._state & kHeader) !== 0 ? true : null; },
    set(v) { this._state = v ? this._state | kHeader : this._state & ~kHeader; },
    enumerable: true,
    configurable: true,
  },
  _headerSent: bitFlag('_state', kHeaderSent),
  finished: bitFlag('_state', kFinished),
  _writableFinished: bitFlag('_state', kWritableFinished),
  destroyed: bitFlag('_state', kDestroyed),
  _closed: bitFlag('_state', kClosed),
  _hasBody: bitFlagNot('_state', kNoBody),
  shouldKeepAlive: bitFlagNot('_state', kNoKeepAlive),
  sendDate: bitFlagNot('_state', kNoDate),
  _expect_continue: bitFlag('_state', kExpectContinue),
  useChunkedEncodingByDefault: bitFlagNot('_state', kNoChunkedDefault),
  strictContentLength: bitFlag('_state', kStrictLength),
  // Whether the connection closes after this message: once its head is
  // fixed, when it is not kept alive.
  _last: {
    get() { return (this._state & (kHeader | kNoKeepAlive)) === (kHeader | kNoKeepAlive); },
    set(v) { ownValue(this, '_last', v); },
    enumerable: true,
    configurable: true,
  },
});
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  headersSent: { get() { return (this._state & kHeader) !== 0; }, configurable: true },
  writableEnded: { get() { return (this._state & kFinished) !== 0; }, configurable: true },
  writableFinished: { get() { return (this._state & kWritableFinished) !== 0; }, configurable: true },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: { get() { return this._pendingBytes; }, configurable: true },
  writableHighWaterMark: { get() { return kHighWater; }, configurable: true },
  writableCorked: { get() { return 0; }, configurable: true },
  writableNeedDrain: { get() { return this[kNeedDrain]; }, configurable: true },
  closed: { get() { return (this._state & kClosed) !== 0; }, configurable: true },
  outputData: {
    get() { return ownValue(this, 'outputData', []); },
    set(value) { ownValue(this, 'outputData', value); },
    configurable: true,
  },
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
  },
});

OutgoingMessage.prototype.cork = function cork() {};
OutgoingMessage.prototype.uncork = function uncork() {};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this.errored = error || null;
  if (this.socket) this.socket.destroy(error);
  else process.nextTick(emitCloseNT, this);
  return this;
};

installHeaderMethods(OutgoingMessage.prototype);

// ---- body ----------------------------------------------------------------

function encodeChunk(chunk, encoding) {
  if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8' &&
      encoding !== 'buffer') {
    return Buffer.from(chunk, encoding);
  }
  return chunk;
}

// The reason phrase the status line carries.
function reasonOf(msg) {
  // (statusMessage's fields, read as its getter reads them.)
  const reason = msg._reason;
  if (reason) return reason;
  if ((msg._state & kReasonOK) !== 0) return 'OK';
  return STATUS_CODES[msg.statusCode] || 'unknown';
}

// Sends the head, if it has not gone yet, with no body length.
function flushHead(msg) {
  const state = msg._state;
  if ((state & kHeaderSent) !== 0) return;
  msg._state = state | kHeaderSent;
  if (msg._connId >= 0 && (state & kDestroyed) === 0) {
    if ((state & kNoDate) !== 0) nativeHttp.omitDate(msg._connId);
    nativeHttp.writeHead(msg._connId, msg.statusCode, reasonOf(msg), msg._rawHead, -1);
  }
}

function emitErrorNT(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNT, msg, err, callback);
}

function validateChunk(chunk) {
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  validateChunk(chunk);
  let err;
  const state = msg._state;
  if ((state & kFinished) !== 0) err = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if ((state & kDestroyed) !== 0) err = new codes.ERR_STREAM_DESTROYED('write');
  if (err) {
    if ((state & kDestroyed) === 0) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  if ((state & kStrictLength) !== 0) checkLength(msg, byteLength(chunk, encoding), false);
  if ((state & kHeader) === 0) msg._implicitHeader();
  // (A write with no callback queues no tick: the tick would do nothing.)
  if ((msg._state & kNoBody) !== 0) {
    if (callback !== nop) process.nextTick(callback);
    return true;
  }
  if (!fromEnd && (msg._state & kHeaderSent) === 0) {
    msg.chunkedEncoding = (msg._state & kNoChunkedDefault) === 0;
  }
  flushHead(msg);
  let ok = true;
  if (msg._connId >= 0 && chunk.length !== 0) {
    const pending = nativeHttp.write(msg._connId, encodeChunk(chunk, encoding));
    if (pending !== msg._pendingBytes) msg._pendingBytes = pending;
    if (pending >= kHighWater) {
      if (!msg[kNeedDrain]) {
        msg[kNeedDrain] = true;
        nativeHttp.notifyDrain(msg._connId);
      }
      ok = false;
    }
  }
  if (callback !== nop) process.nextTick(callback);
  return ok;
}

// The native side has written out what was pending: 'drain' for a
// writer waiting on it, 'finish' for a response ended meanwhile.
OutgoingMessage.prototype._onDrain = function _onDrain() {
  this._pendingBytes = 0;
  if (this[kNeedDrain]) {
    this[kNeedDrain] = false;
    this.emit('drain');
  }
  if (this._finishOnDrain) {
    this._finishOnDrain = false;
    this._state |= kWritableFinished;
    queueTick(finishNT, this);
  }
};

// What the native side says for a connection that is gone.
const kGone = -2;

// After the response is handed over with `pending` bytes the socket has
// not taken: it is finished now, or once they are written (Node emits
// 'finish' when the data has left).
function handedOver(msg, pending) {
  if (pending === kGone) {
    // Nothing went out and no 'finish' comes (Node's, for a response on a
    // destroyed socket); nothing is left to write either.
    msg._state |= kWritableFinished;
    return;
  }
  if (pending === 0) {
    if ((msg._state & kDispatching) !== 0 && tickQueue.length === 0) {
      msg._state |= kWritableFinished | kFinishDue;
      return;
    }
    msg._state |= kWritableFinished;
    queueTick(finishNT, msg);
    return;
  }
  msg._finishOnDrain = true;
  msg._pendingBytes = pending;
  const socket = msg.socket;
  if (socket !== null) socket._draining = msg;
  nativeHttp.notifyDrain(msg._connId);
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  return write_(this, chunk, encoding, callback, false);
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  const sent = this._headerSent;
  flushHead(this);
  // The head otherwise waits to leave with the first piece of body.
  if (!sent && this._connId >= 0 && !this.destroyed) nativeHttp.flush(this._connId);
};

// Closed: destroyed, 'close' emitted (once).
function emitCloseNT(msg) {
  const state = msg._state;
  if ((state & kClosed) === 0) {
    msg._state = state | kDestroyed | kClosed;
    if (msg._events !== undefined || msg.emit !== eeEmit) msg.emit('close');
  }
}

// After end(): 'finish', the connection moves on, then 'close' a tick
// later. Most responses have no listener for either: then 'finish' is not
// emitted, and when no other tick is queued (none could run in between)
// the response is closed at once.
function finishNT(msg) {
  // With no tick queued before it, 'close' would come right after this
  // one (Node queues it before running the 'finish' listeners): it is done
  // at the end of this one, unseen by anything that could run between.
  const closeNext = tickQueue.length === 0;
  if (!closeNext) queueTick(emitCloseNT, msg);
  msg._state |= kWritableFinished;
  if (typeof msg._onFinish === 'function') msg._onFinish();
  if (msg._events !== undefined || msg.emit !== eeEmit) {
    msg.emit('finish');
    if (closeNext) emitCloseNT(msg);
  } else if (closeNext && (msg._state & kClosed) === 0) {
    msg._state |= kDestroyed | kClosed; // (emitCloseNT, with nobody to tell)
  }
}

// While a response's request is dispatched (its 'request' listeners run,
// kDispatching), a response handed over in full with no tick queued yet
// has its 'finish' tick not queued but marked due (kFinishDue), and
// finishDispatched runs it once the listeners return: at once if they
// queued no tick either (the queue would run it next anyway), else ahead of
// theirs (and always after a listener that threw has been dealt with). The
// usual response so never goes through the tick queue. `complete`: the
// request had no body; its end is recorded first.
function finishDispatched(msg, threw, complete) {
  const req = msg.req;
  const state = msg._state & ~kDispatching;
  if ((state & kFinishDue) !== 0 && !threw && tickQueue.length === 0 &&
      msg._events === undefined && msg.emit === eeEmit) {
    // finishNT when nobody listens: finished and closed in one step, and
    // (finishReply) the request's end recorded and its body discarded.
    msg._state = (state & ~kFinishDue) | kWritableFinished | kDestroyed | kClosed;
    if (!complete || !endAndDumpUnheard(req)) {
      if (complete) req._bodyEnd();
      if (req) dumpIfUnread(req);
    }
    // (releaseSocket; a response finished at once never waited to drain.)
    const socket = msg.socket;
    if (socket !== null) {
      if (socket._res === msg) socket._res = null;
      msg.socket = null;
    }
    return;
  }
  msg._state = state & ~kFinishDue;
  if (complete) req._bodyEnd();
  if ((state & kFinishDue) === 0) return;
  if (tickQueue.length !== 0 || threw) queueTickFirst(finishNT, msg);
  else finishNT(msg);
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  // end(body) as the whole of a plain response (what most handlers do;
  // Express's res.send names the encoding): the head and body go out in
  // one native call, with the headers as they are kept, without the
  // general path's steps; a response ended while its request is
  // dispatched, with nothing queued, has its 'finish' marked due (see
  // finishDispatched). Taken when `_state` and a few own fields say nothing
  // needs those steps: every property read and every call costs on
  // QuickJS, and this runs for nearly every response. The body is a UTF-8
  // string, bytes, or none.
  if (callback === undefined && (typeof chunk === 'string'
    ? encoding === undefined || encoding === 'utf8' || encoding === 'utf-8'
    : chunk === undefined ? encoding === undefined
      : typeof encoding !== 'function' && isUint8Array(chunk))) {
    const state = this._state;
    const connId = this._connId;
    const status = this.statusCode;
    if ((state & kNotPlain) === 0 && connId >= 0 && (status | 0) === status &&
        PLAIN_STATUS[status] && this.writeHead === serverWriteHead) {
      // The usual 200 OK is the native side's own text, and is not stored.
      const reason = STATUS_CODES[status] || 'unknown';
      const usual = status === 200 && reason === 'OK';
      const pending = nativeHttp.respondPlain(connId, status, usual ? undefined : reason,
        this[kOutHeaders], chunk === undefined ? '' : chunk);
      // (-1: a header value JS must format; the general path below does.)
      if (pending !== -1) {
        let next = state | kHeader | kHeaderSent | kFinished;
        if (usual) next |= kReasonOK;
        else this._reason = reason;
        if (pending === 0 && (state & kDispatching) !== 0 && tickQueue.length === 0) {
          this._state = next | kWritableFinished | kFinishDue;
        } else {
          this._state = next;
          handedOver(this, pending);
        }
        return this;
      }
    }
  }
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  // What the socket has not taken yet once the response is handed over.
  let pending = -1;
  if (chunk) {
    if ((this._state & kFinished) !== 0) {
      onError(this, new codes.ERR_STREAM_WRITE_AFTER_END(),
        typeof callback !== 'function' ? nop : callback);
      return this;
    }
    validateChunk(chunk);
    if ((this._state & kDestroyed) !== 0) return endDestroyed(this, callback);
    const implicit = (this._state & kHeader) === 0;
    if (implicit) this._implicitHeader();
    if ((this._state & kStrictLength) !== 0) checkLength(this, byteLength(chunk, encoding), true);
    pending = sendLast(this, implicit, encodeChunk(chunk, encoding));
  } else if ((this._state & kFinished) !== 0) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if ((this._state & kDestroyed) !== 0) {
    return endDestroyed(this, callback);
  } else {
    const implicit = (this._state & kHeader) === 0;
    if (implicit) this._implicitHeader();
    if ((this._state & kStrictLength) !== 0) checkLength(this, 0, true);
    pending = sendLast(this, implicit, '');
  }

  if (typeof callback === 'function') this.once('finish', callback);
  // (`writable` stays true, as in Node.)
  this._state |= kFinished;
  // Unattached (no connection), the data would wait for a socket, as in
  // Node: no 'finish'. A destroyed one hands nothing over.
  if (this._connId >= 0) {
    if (pending >= 0) handedOver(this, pending);
    else queueTick(finishNT, this);
  }
  return this;
};

// What end() hands the native side, in one call: the head unless it has
// gone (write(), flushHeaders()), the last `body` (a string or bytes, ''
// for none) and the end, with any trailers. Returns what the socket has
// not taken (see handedOver), or -1 for a message with no connection. A
// head end() itself fixed (`implicit`) carries the body's length; one fixed
// before (writeHead) is chunked unless it has a length (as Node). An
// HTTP/1.0 response (useChunkedEncodingByDefault false) has no length
// unless one is set: as Node's, it ends by closing the connection. A
// response that may have no body (HEAD, 204, 304, 1xx) has no length
// either, as Node's.
function sendLast(msg, implicit, body) {
  const state = msg._state;
  msg._state = state | kHeaderSent;
  const connId = msg._connId;
  if (connId < 0) return -1;
  if ((state & kHeaderSent) !== 0) {
    // (The head went before: `finish` with no head.)
    return nativeHttp.finish(connId, 0, undefined, undefined,
      (state & kNoBody) === 0 ? body : '', msg._trailerList || undefined);
  }
  if ((state & kNoDate) !== 0) nativeHttp.omitDate(connId);
  if (implicit && (state & (kNoBody | kNoChunkedDefault)) === 0) {
    return nativeHttp.respond(connId, msg.statusCode, reasonOf(msg), msg._rawHead, body);
  }
  return nativeHttp.finish(connId, msg.statusCode, reasonOf(msg), msg._rawHead,
    (state & kNoBody) === 0 ? body : '', msg._trailerList || undefined);
}

// end() on a destroyed message: ended, with nothing to write and no
// 'finish' (as Node).
function endDestroyed(msg, callback) {
  if (typeof callback === 'function') msg.once('finish', callback);
  msg._state |= kFinished | kWritableFinished;
  return msg;
}

// What takes a response off end()'s one-call path.
const kNotPlain = kHeader | kFinished | kDestroyed | kNoBody | kNoKeepAlive | kNoDate |
  kExpectContinue | kReasonSet | kNoChunkedDefault | kStrictLength;

// Whether end() may send a response of each status at once, by status:
// not 1xx, 204 and 304 (they have no body), nor outside 100-999. (A table:
// one fast array read per response costs less than the four comparisons.)
const PLAIN_STATUS = [];
for (let status = 0; status < 1000; status++) {
  PLAIN_STATUS.push(status >= 200 && status !== 204 && status !== 304);
}

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
};

// ---- what a server's response adds (see server_response.js) ----------------

// The writeHead of http's own ServerResponse: end()'s one-call path is for
// responses that have it (set by server_response.js, which defines it).
let serverWriteHead = null;
function usePlainWriteHead(writeHead) {
  serverWriteHead = writeHead;
}

// A finished response discards its request's unread body and leaves its
// socket (a server response's _onFinish).
function finishReply(res) {
  const req = res.req;
  if (req) dumpIfUnread(req);
  releaseSocket(res);
}

function releaseSocket(res) {
  const socket = res.socket;
  if (socket !== null) {
    if (socket._res === res) socket._res = null;
    if (socket._draining === res) socket._draining = null;
    res.socket = null;
  }
}

module.exports = {
  OutgoingMessage, kOutHeaders, finishDispatched, finishReply, usePlainWriteHead,
  closeMessage: emitCloseNT,
};
