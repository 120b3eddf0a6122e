'use strict';
// The socket an 'upgrade' or 'connect' listener gets: a Duplex over a
// connection the native side has taken out of HTTP (binding.http.upgrade).
// Bytes from the peer are pushed as they come (reading pauses natively
// while the readable side is full); writes go out unframed, with
// backpressure from the native output buffer.

const Duplex = require('internal/streams/duplex');
const { Socket } = require('internal/http/socket');

const kHighWater = 16 * 1024;

// Half-open like Node's upgraded sockets: the peer's end ends the readable
// side only; writing goes on until end().
function RawSocket(socket) {
  Duplex.call(this, { allowHalfOpen: true });
  this.server = socket.server;
  this._connId = socket._connId;
  this.remoteAddress = socket.remoteAddress;
  this.remotePort = socket.remotePort;
  this.timeout = 0;
  this.bytesRead = 0;
  this.bytesWritten = 0;
  this._readPaused = false;
  this._drainCallback = null;
  this._closedNatively = false;
  // The HTTP-side socket object this one replaces.
  this._httpSocket = socket;
}
Object.setPrototypeOf(RawSocket.prototype, Duplex.prototype);
Object.setPrototypeOf(RawSocket, Duplex);

// What it shares with the HTTP-side socket: the addresses and the no-op
// socket options.
for (const name of ['remoteFamily', 'localAddress', 'localPort', 'localFamily', 'address',
  'setNoDelay', 'setKeepAlive', 'ref', 'unref']) {
  const desc = Object.getOwnPropertyDescriptor(Socket.prototype, name);
  Object.defineProperty(RawSocket.prototype, name, desc);
}

Object.defineProperty(RawSocket.prototype, 'readyState', {
  get() {
    if (this.destroyed) return 'closed';
    if (!this.readable) return 'writeOnly';
    if (!this.writable) return 'readOnly';
    return 'open';
  },
  configurable: true,
});

// Bytes from the peer (onBody routes them here).
RawSocket.prototype._onData = function _onData(chunk) {
  this.bytesRead += chunk.length;
  if (!this.push(chunk) && !this._readPaused) {
    this._readPaused = true;
    binding.http.pause(this._connId);
  }
};

// The peer ended its side: no more bytes will come.
RawSocket.prototype._onEnd = function _onEnd() {
  this.push(null);
};

// The connection is gone (both sides done, destroyed, or `reset` by the
// peer: an ECONNRESET error, as Node's sockets report it).
RawSocket.prototype._onClose = function _onClose(reset) {
  this._closedNatively = true;
  const cb = this._drainCallback;
  this._drainCallback = null;
  if (cb !== null) cb();
  if (reset) {
    const err = new Error('read ECONNRESET');
    err.errno = -104;
    err.code = 'ECONNRESET';
    err.syscall = 'read';
    this.destroy(err);
    return;
  }
  if (!this.readableEnded) this.push(null);
  // After 'end' (when someone reads), or now when nobody does.
  if (this.readableFlowing !== true || this.readableLength === 0) {
    process.nextTick(destroyNT, this);
  }
};

function destroyNT(socket) {
  if (!socket.destroyed) socket.destroy();
}

RawSocket.prototype._onDrain = function _onDrain() {
  const cb = this._drainCallback;
  this._drainCallback = null;
  if (cb !== null) cb();
};

RawSocket.prototype._read = function _read() {
  if (this._readPaused) {
    this._readPaused = false;
    binding.http.resume(this._connId);
  }
};

RawSocket.prototype._write = function _write(chunk, encoding, callback) {
  if (this._closedNatively) {
    callback();
    return;
  }
  this.bytesWritten += chunk.length;
  const pending = binding.http.write(this._connId, chunk);
  if (pending >= kHighWater) {
    this._drainCallback = callback;
    binding.http.notifyDrain(this._connId);
  } else {
    callback();
  }
};

RawSocket.prototype._final = function _final(callback) {
  if (!this._closedNatively) binding.http.shutdown(this._connId);
  callback();
};

RawSocket.prototype._destroy = function _destroy(err, callback) {
  if (!this._closedNatively) {
    this._closedNatively = true;
    binding.http.destroy(this._connId);
  }
  callback(err);
};

RawSocket.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (!this._closedNatively) binding.http.setTimeout(this._connId, msecs);
  if (typeof callback === 'function') this.once('timeout', callback);
  return this;
};

module.exports = { RawSocket };
