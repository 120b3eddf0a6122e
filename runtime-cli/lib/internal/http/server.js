'use strict';
// http.Server on binding.http. The native side owns sockets, parsing and
// framing; what it reports about connections and requests is handled in
// connections.js.

const EE = require('events');
const { codes, validateObject } = require('internal/errors');
const { IncomingMessage } = require('internal/http/incoming');
const { ServerResponse } = require('internal/http/server_response');
const {
  servers, ensureCallbacks, kTimeouts, kMessageClasses,
} = require('internal/http/connections');
require('internal/http/common');

// ---- Server ------------------------------------------------------------

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  EE.call(this);
  // (Kept out of sight, as Node's: only the options choose them.)
  const classes = {
    IncomingMessage: options.IncomingMessage || IncomingMessage,
    ServerResponse: options.ServerResponse || ServerResponse,
  };
  this[kMessageClasses] = classes.IncomingMessage === IncomingMessage &&
    classes.ServerResponse === ServerResponse ? null : classes;
  this.maxHeaderSize = options.maxHeaderSize;
  this.insecureHTTPParser = options.insecureHTTPParser;
  this._serverId = 0;
  defineTimeouts(this);
  this.requestTimeout = options.requestTimeout !== undefined ? options.requestTimeout : 300000;
  this.headersTimeout = options.headersTimeout !== undefined ? options.headersTimeout : 60000;
  this.connectionsCheckingInterval = options.connectionsCheckingInterval !== undefined
    ? options.connectionsCheckingInterval : 30000;
  this.requireHostHeader = options.requireHostHeader !== false;
  this.joinDuplicateHeaders = !!options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = !!options.rejectNonStandardBodyWrites;
  if (options.keepAliveTimeout !== undefined) this.keepAliveTimeout = options.keepAliveTimeout;
  else this.keepAliveTimeout = 5000;
  this.timeout = 0;
  this.maxHeadersCount = null;
  // (Node 20 takes this only as a property, not as an option.)
  this.maxRequestsPerSocket = 0;
  this.httpAllowHalfOpen = false;
  this._connections = 0;
  this._sockets = new Set();
  this._address = null;
  this._closing = false;
  this._unref = false;
  if (requestListener) this.on('request', requestListener);
}
Object.setPrototypeOf(Server.prototype, EE.prototype);
Object.setPrototypeOf(Server, EE);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return this._serverId !== 0; },
  configurable: true,
  enumerable: true,
});

// The native side enforces these; changes reach it while listening (they
// apply to the next wait each connection starts). Own properties, as in
// Node, that forward to kTimeouts.

function pushTimeouts(server) {
  if (server._serverId === 0) return;
  const t = server[kTimeouts];
  binding.http.setTimeouts(server._serverId, +t.keepAliveTimeout, +t.headersTimeout,
    +t.requestTimeout, +t.maxRequestsPerSocket || 0);
}

function defineTimeouts(server) {
  server[kTimeouts] = {
    requestTimeout: 300000, headersTimeout: 60000, keepAliveTimeout: 5000, maxRequestsPerSocket: 0,
  };
  for (const name of ['requestTimeout', 'headersTimeout', 'keepAliveTimeout', 'maxRequestsPerSocket']) {
    Object.defineProperty(server, name, {
      get() { return this[kTimeouts][name]; },
      set(v) {
        this[kTimeouts][name] = v;
        pushTimeouts(this);
      },
      configurable: true,
      enumerable: true,
    });
  }
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, true);
  }
  return port | 0;
}

function emitErrorNT(server, err) {
  server.emit('error', err);
}

function emitListeningNT(server) {
  if (server._serverId !== 0) server.emit('listening');
}

function emitCloseNT(server) {
  server.emit('close');
}

Server.prototype.listen = function listen(...args) {
  const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  const a0 = args[0];
  let options;
  let positional = false;
  if (a0 !== null && typeof a0 === 'object') {
    options = a0;
  } else if (typeof a0 === 'string' && toNumber(a0) === false) {
    options = { path: a0 };
  } else {
    positional = true;
    options = { port: a0 };
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) ||
    toNumber(args.length > 2 && args[2]);
  if (cb) this.once('listening', cb);
  if (this._serverId !== 0) throw new codes.ERR_SERVER_ALREADY_LISTEN();

  if (args.length === 0 || a0 === undefined && positional ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options = { ...options, port: 0 };
  }
  let port = options.port;
  if (typeof port !== 'number' && typeof port !== 'string') {
    if (options.path !== undefined) {
      const err = new Error(`listen ENOTSUP: unix socket paths are not supported ${options.path}`);
      err.code = 'ENOTSUP';
      err.syscall = 'listen';
      err.address = options.path;
      process.nextTick(emitErrorNT, this, err);
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options,
        'must have the property "port" or "path"');
    }
    throw new codes.ERR_INVALID_ARG_VALUE('options', options);
  }
  port = validatePort(port, 'options.port');
  const host = options.host || options.hostname || '';
  const backlog = options.backlog || backlogFromArgs || 511;

  let result;
  try {
    result = binding.http.listen(String(host), port, backlog);
  } catch (err) {
    process.nextTick(emitErrorNT, this, err);
    return this;
  }
  ensureCallbacks();
  this._serverId = result[0];
  pushTimeouts(this);
  this._address = { address: result[1], family: result[3], port: result[2] };
  this._closing = false;
  servers.set(this._serverId, this);
  if (this._unref) binding.http.setServerRef(this._serverId, false);
  process.nextTick(emitListeningNT, this);
  return this;
};

Server.prototype.address = function address() {
  if (this._serverId === 0 || this._address === null) return null;
  const a = this._address;
  return { address: a.address, family: a.family, port: a.port };
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._serverId !== 0 || this._connections > 0 || !this._closing) return;
  this._closing = false;
  process.nextTick(emitCloseNT, this);
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (this._serverId === 0) {
      this.once('close', function onClose() { cb(new codes.ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._serverId !== 0) {
    binding.http.close(this._serverId);
    servers.delete(this._serverId);
    this._serverId = 0;
  }
  this._closing = true;
  // (As Node's: connections with a request in flight stay keep-alive, and
  // close once idle for keepAliveTimeout, or when the client closes them.)
  this.closeIdleConnections();
  this._emitCloseIfDrained();
  return this;
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of Array.from(this._sockets)) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of Array.from(this._sockets)) {
    if (socket._res === null && socket._incoming === null) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._serverId !== 0) binding.http.setServerRef(this._serverId, true);
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._serverId !== 0) binding.http.setServerRef(this._serverId, false);
  return this;
};

Server.prototype.getConnections = function getConnections(cb) {
  if (typeof cb === 'function') process.nextTick(cb, null, this._connections);
  return this;
};

if (Symbol.asyncDispose) {
  Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
    return new Promise((resolve, reject) => {
      if (this._serverId === 0) {
        resolve();
        return;
      }
      this.close((err) => (err ? reject(err) : resolve()));
    });
  };
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Server, createServer };
