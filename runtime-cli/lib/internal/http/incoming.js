'use strict';
// http.IncomingMessage: a request as the server hands it to 'request'
// listeners. A Readable whose body the native side pushes; `headers`,
// `headersDistinct` and `trailers` are built on first read.

const Readable = require('internal/streams/readable');
const { foldHeaders, distinctHeaders } = require('internal/http/common');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');

function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  Readable.call(this, socket && socket.readableHighWaterMark
    ? { highWaterMark: socket.readableHighWaterMark } : undefined);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
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
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const socket = this.socket;
  if (socket && !socket.destroyed && this.aborted) socket.destroy(err);
  // An error is emitted only when someone listens for it (Node's rule).
  if (this.listenerCount('error') === 0) cb();
  else cb(err);
};

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

// Discards an unread body so the connection can move on.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, kHeaders };
