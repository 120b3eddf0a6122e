'use strict';
// The socket-like object `req.socket`/`res.socket` point at: one per
// connection, created when its first request arrives. The bytes are the
// native side's business; this carries the addresses, the inactivity
// timeout (enforced natively; see onTimeout in connections.js), pause/resume and
// destroy().

const EE = require('events');

function native() {
  return binding.http;
}

function Socket(server, connId, remoteAddress, remotePort) {
  EE.call(this);
  this.server = server;
  this._connId = connId;
  this.remoteAddress = remoteAddress;
  this.remotePort = remotePort;
  this.destroyed = false;
  this.readable = true;
  this.writable = true;
  this.timeout = 0;
  this.bytesRead = 0;
  this.bytesWritten = 0;
  this._requests = 0;
  // The response in flight, if any (its request is `_res.req`; Node's name
  // for it, `_httpMessage`, is an accessor), and the request whose body is
  // still arriving.
  this._res = null;
  this._incoming = null;
  // Reading is paused natively (a request's buffer is full, or pause()).
  this._readPaused = false;
  // The RawSocket this connection became on an upgrade.
  this._raw = null;
  // A finished response whose output is still leaving (its 'finish' waits).
  this._draining = null;
}
Object.setPrototypeOf(Socket.prototype, EE.prototype);
Object.setPrototypeOf(Socket, EE);

Object.defineProperties(Socket.prototype, {
  _httpMessage: {
    get() { return this._res; },
    set(v) { this._res = v; },
    configurable: true,
  },
  remoteFamily: {
    get() {
      const a = this.remoteAddress;
      if (typeof a !== 'string') return undefined;
      return a.includes(':') ? 'IPv6' : 'IPv4';
    },
    configurable: true,
  },
  localAddress: {
    get() { return this.server && this.server._address ? this.server._address.address : undefined; },
    configurable: true,
  },
  localPort: {
    get() { return this.server && this.server._address ? this.server._address.port : undefined; },
    configurable: true,
  },
  localFamily: {
    get() { return this.server && this.server._address ? this.server._address.family : undefined; },
    configurable: true,
  },
  readyState: {
    get() { return this.destroyed ? 'closed' : 'open'; },
    configurable: true,
  },
  pending: { get() { return false; }, configurable: true },
  connecting: { get() { return false; }, configurable: true },
  writableLength: { get() { return 0; }, configurable: true },
  writableEnded: { get() { return this.destroyed; }, configurable: true },
  writableFinished: { get() { return this.destroyed; }, configurable: true },
  readableEnded: { get() { return this.destroyed; }, configurable: true },
  writableHighWaterMark: { get() { return 16384; }, configurable: true },
  readableHighWaterMark: { get() { return 16384; }, configurable: true },
  writableCorked: { get() { return 0; }, configurable: true },
});

Socket.prototype.address = function address() {
  const a = this.server && this.server._address;
  return a ? { address: a.address, family: a.family, port: a.port } : {};
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (!this.destroyed) native().setTimeout(this._connId, msecs);
  if (typeof callback === 'function') {
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};

Socket.prototype.setNoDelay = function setNoDelay() { return this; };
Socket.prototype.setKeepAlive = function setKeepAlive() { return this; };
Socket.prototype.setEncoding = function setEncoding() { return this; };
Socket.prototype.ref = function ref() { return this; };
Socket.prototype.unref = function unref() { return this; };
Socket.prototype.cork = function cork() {};
Socket.prototype.uncork = function uncork() {};
Socket.prototype.pause = function pause() {
  if (!this._readPaused && !this.destroyed) {
    this._readPaused = true;
    native().pause(this._connId);
  }
  return this;
};

Socket.prototype.resume = function resume() {
  if (this._readPaused && !this.destroyed) {
    this._readPaused = false;
    native().resume(this._connId);
  }
  return this;
};

Socket.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this.readable = false;
  this.writable = false;
  // The native side reports the close through onClose, which emits
  // 'close' here and aborts what is in flight.
  native().destroy(this._connId);
  if (err) process.nextTick(emitSocketError, this, err);
  return this;
};

function emitSocketError(socket, err) {
  if (socket.listenerCount('error') > 0) socket.emit('error', err);
}

Socket.prototype.destroySoon = function destroySoon() {
  return this.end();
};

// Closes after the response in flight, if any, is finished; otherwise
// after `data` (raw bytes, e.g. a clientError listener's answer) is out.
Socket.prototype.end = function end(data, encoding, cb) {
  if (typeof data === 'function') {
    cb = data;
    data = undefined;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  if (typeof cb === 'function') this.once('close', cb);
  const res = this._res;
  if (res && !res.writableEnded) {
    res.shouldKeepAlive = false;
  } else if (!this.destroyed) {
    if (data !== undefined && data !== null) this.write(data, encoding);
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    native().shutdown(this._connId);
  }
  return this;
};

Socket.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  if (!this.destroyed) {
    native().write(this._connId, typeof chunk === 'string' && encoding && typeof encoding === 'string' &&
      encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding) : chunk);
  }
  if (typeof cb === 'function') process.nextTick(cb);
  return true;
};

module.exports = { Socket };
