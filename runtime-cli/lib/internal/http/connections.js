'use strict';
// What the native side tells JS about HTTP connections (the callbacks given
// to binding.http.setCallbacks): each request arrives as one onRequest call,
// which makes the IncomingMessage/ServerResponse pair and emits 'request';
// body pieces, drains, timeouts, upgrades' raw bytes and closes follow.
// Connections are known to JS from their first request on (as a Socket
// from socket.js, or a RawSocket once upgraded).

const EE = require('events');
const { kCapture } = require('internal/events/capture');
const {
  IncomingMessage, kLazy, kServer, kPacked, unpackHeaders,
} = require('internal/http/incoming');
const { kOutHeaders, finishDispatched, closeMessage } = require('internal/http/outgoing');
const { ServerResponse } = require('internal/http/server_response');
const {
  kDispatching, kNoBody, kNoKeepAlive, kNoChunkedDefault,
} = require('internal/http/message_state');
const { keepShapes } = require('internal/util/shapes');
const { Socket } = require('internal/http/socket');
const { RawSocket } = require('internal/http/raw_socket');

// A server's settings the native side also enforces (timeouts, the request
// allowance), kept behind its accessor properties (see server.js).
const kTimeouts = Symbol('kTimeouts');
// A server's own request and response classes (options.IncomingMessage,
// options.ServerResponse), or null when it uses http's own (one check per
// request instead of two).
const kMessageClasses = Symbol('kMessageClasses');

const servers = new Map(); // serverId -> Server
const sockets = new Map(); // connId -> Socket
let callbacksSet = false;
const emit = EE.prototype.emit;

function hasExpect(raw) {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name.length === 6 && name.toLowerCase() === 'expect') return raw[i + 1];
  }
  return undefined;
}

// onRequest's flags (see runtime-cli/src/http_events.rs).
const kKeepAlive = 1;
const kComplete = 2; // no body follows: no onBodyEnd either
const kExpect = 4; // an Expect header was sent
const kUpgrade = 8; // Upgrade or CONNECT: the bytes after the head wait
const kDropped = 16; // past maxRequestsPerSocket: already answered with 503
const kHead = 32; // a HEAD request

// Our own request and response, made with their fields in one go (the
// generic constructors leave them to the caller). They share the public
// constructors' prototypes, so they are those classes' instances.
function ServerRequest(socket, method, url, minor, packedHeaders) {
  this.socket = socket;
  this.method = method;
  this.url = url;
  this[kPacked] = packedHeaders;
  this[kLazy] = kServer;
  if (minor !== 1) {
    this.httpVersionMinor = minor;
    this.httpVersion = `1.${minor}`;
  }
}
// (What a server's request has that a bare IncomingMessage has not hangs
// off its kServer bit: see incoming.js.)
ServerRequest.prototype = IncomingMessage.prototype;

function ServerReply(req, socket, connId, state) {
  this.req = req;
  this.socket = socket;
  this._connId = connId;
  this._state = state;
}
ServerReply.prototype = ServerResponse.prototype;

// The layouts a request and its response pass through on the usual path
// (see internal/util/shapes.js): made, ended, finished.
keepShapes(IncomingMessage.prototype, ['socket', 'method', 'url', kPacked, kLazy]);
keepShapes(ServerResponse.prototype, ['req', 'socket', '_connId', '_state', 'statusCode',
  kOutHeaders]);
// (And for a handler that sets headers but leaves the status as it is.)
keepShapes(ServerResponse.prototype, ['req', 'socket', '_connId', '_state', kOutHeaders]);

// The connection's Socket comes with each request once JS has made it
// (attachSocket); until then, the server and the peer's address.
function onRequest(connId, socket, method, url, minor, packedHeaders, flags,
  serverId, remoteAddress, remotePort) {
  if (socket === undefined) socket = sockets.get(connId);
  if (socket === undefined) {
    const server = servers.get(serverId);
    // Without a peer address this is not a connection's first request: its
    // socket has closed since (a request that was already on its way).
    if (server === undefined || remoteAddress === undefined) {
      binding.http.destroy(connId);
      return;
    }
    socket = attachSocket(server, connId, remoteAddress, remotePort);
  }
  const server = socket.server;

  const classes = server[kMessageClasses];
  let req;
  if (classes === null) {
    req = new ServerRequest(socket, method, url, minor, packedHeaders);
  } else {
    req = new classes.IncomingMessage(socket);
    req.method = method;
    req.url = url;
    req.httpVersionMajor = 1;
    req.httpVersionMinor = minor;
    req.httpVersion = minor === 1 ? '1.1' : '1.0';
    req.rawHeaders = unpackHeaders(packedHeaders);
  }
  if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  if ((flags & kDropped) !== 0) {
    req.complete = true;
    if (server.listenerCount('dropRequest') > 0) server.emit('dropRequest', req, socket);
    return;
  }
  if ((flags & kUpgrade) !== 0) {
    req.upgrade = false;
    if (takeUpgrade(server, socket, req, method)) {
      if ((flags & kComplete) !== 0) endBody(socket, req);
      return;
    }
  }

  // The native side closes non-keep-alive connections on its own (and
  // answers the last request maxRequestsPerSocket allows with close).
  let res;
  if (classes === null) {
    let state = kDispatching;
    if ((flags & kHead) !== 0) state |= kNoBody;
    if ((flags & kKeepAlive) === 0) state |= kNoKeepAlive;
    if (minor === 0) state |= kNoChunkedDefault;
    res = new ServerReply(req, socket, connId, state);
  } else {
    res = new classes.ServerResponse(req);
    res._connId = connId;
    res.socket = socket;
    // (An HTTP/1.0 request with keep-alive keeps its connection.)
    res.shouldKeepAlive = (flags & kKeepAlive) !== 0;
    res._state |= kDispatching;
  }
  if ((flags & kKeepAlive) === 0) res._nativeKeepAlive = false;
  // The native side answers the last allowed request with
  // Connection: close (and drops any past it).
  // (Requests are counted only while there is a limit.)
  const maxRequests = server[kTimeouts].maxRequestsPerSocket;
  if (maxRequests > 0 && ++socket._requests >= maxRequests) {
    res.maxRequestsOnConnectionReached = true;
  }
  // (A request that has all arrived is no longer incoming once dispatched,
  // and nothing else runs meanwhile.)
  if ((flags & kComplete) === 0) socket._incoming = req;
  socket._res = res;

  // The end of a bodyless request follows its dispatch, even one that
  // threw, and then the response's 'finish' if it is due.
  let threw = true;
  try {
    if ((flags & kExpect) !== 0 && minor === 1) {
      dispatchExpect(server, req, res, hasExpect(req.rawHeaders));
    } else {
      const events = server._events;
      const listener = events !== undefined ? events.request : undefined;
      if (typeof listener === 'function' && server.emit === emit && !server[kCapture]) {
        listener.call(server, req, res);
      } else {
        server.emit('request', req, res);
      }
    }
    threw = false;
  } finally {
    finishDispatched(res, threw, (flags & kComplete) !== 0);
  }
}

// An Upgrade or CONNECT request: with a listener for it, the connection
// leaves HTTP and the listener gets it as a raw socket with the bytes that
// followed the head; CONNECT with no listener closes it; an unheard Upgrade
// is an ordinary request (false).
function takeUpgrade(server, socket, req, method) {
  const event = method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(event) === 0) {
    if (method === 'CONNECT') {
      socket.destroy();
      return true;
    }
    // Served as a plain request: the native side reads on (its body).
    binding.http.release(socket._connId);
    return false;
  }
  req.upgrade = true;
  const head = toBuffer(binding.http.upgrade(socket._connId));
  const raw = new RawSocket(socket);
  socket._raw = raw;
  socket._incoming = null;
  socket._res = null;
  req.socket = raw;
  server.emit(event, req, raw, head);
  return true;
}

// A connection JS meets for the first time.
function attachSocket(server, connId, remoteAddress, remotePort) {
  const socket = new Socket(server, connId, remoteAddress, remotePort);
  if (server.timeout > 0) socket.setTimeout(server.timeout);
  sockets.set(connId, socket);
  binding.http.attach(connId, socket);
  server._connections++;
  server._sockets.add(socket);
  if (server.listenerCount('connection') > 0) server.emit('connection', socket);
  return socket;
}

// A request was rejected (bad framing, limits, timeout). With 'clientError'
// listeners the connection is theirs to answer and close (true); otherwise
// the native side answers as Node's default does (400, 408, 431...).
function onClientError(serverId, connId, code, reason, remoteAddress, remotePort, raw) {
  let socket = sockets.get(connId);
  const server = socket !== undefined ? socket.server : servers.get(serverId);
  if (server === undefined || server.listenerCount('clientError') === 0) return false;
  if (socket === undefined) socket = attachSocket(server, connId, remoteAddress, remotePort);
  const err = new Error(code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'Request timeout' : `Parse Error: ${reason}`);
  err.code = code;
  if (code !== 'ERR_HTTP_REQUEST_TIMEOUT') {
    // What had arrived of the bad request (Node: where parsing stopped).
    err.bytesParsed = raw.byteLength;
    err.rawPacket = toBuffer(raw);
  }
  server.emit('clientError', err, socket);
  return true;
}

function dispatchExpect(server, req, res, expect) {
  if (/(?:^|\W)100-continue(?:$|\W)/i.test(expect)) {
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  } else if (server.listenerCount('checkExpectation') > 0) {
    server.emit('checkExpectation', req, res);
  } else {
    res.writeHead(417);
    res.end();
  }
}

function endBody(socket, req) {
  if (socket._incoming === req) socket._incoming = null;
  req._bodyEnd();
}

function toBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// A piece of the current request's body (or, upgraded, raw bytes). A
// request whose buffer is full stops the connection's reading until it is
// read from (IncomingMessage#_read).
function onBody(connId, chunk) {
  const socket = sockets.get(connId);
  if (socket === undefined) return;
  if (socket._raw !== null) {
    socket._raw._onData(toBuffer(chunk));
    return;
  }
  const req = socket._incoming;
  socket.bytesRead += chunk.byteLength;
  if (req !== null && !req.destroyed && !req.push(toBuffer(chunk)) && !socket._readPaused) {
    socket._readPaused = true;
    binding.http.pause(connId);
  }
}

// The connection was idle for its socket.setTimeout() time: 'timeout' on
// the request still arriving, the response and the server; if none of
// them listens, the socket is destroyed (then its own listeners hear it).
function onTimeout(connId) {
  const socket = sockets.get(connId);
  if (socket === undefined) return;
  if (socket._raw !== null) {
    socket._raw.emit('timeout');
    return;
  }
  const req = socket._incoming;
  const reqHeard = req !== null && !req.complete && req.emit('timeout', socket);
  const res = socket._httpMessage;
  const resHeard = res !== null && res.emit('timeout', socket);
  const serverHeard = socket.server.emit('timeout', socket);
  if (!reqHeard && !resHeard && !serverHeard) socket.destroy();
  socket.emit('timeout');
}

// The output a response or raw socket waited for has drained: a finished
// response's 'finish', and the current one's 'drain'.
function onDrain(connId) {
  const socket = sockets.get(connId);
  if (socket === undefined) return;
  if (socket._raw !== null) {
    socket._raw._onDrain();
    return;
  }
  const draining = socket._draining;
  if (draining !== null) {
    socket._draining = null;
    draining._onDrain();
  }
  const res = socket._httpMessage;
  if (res !== null && res !== draining) res._onDrain();
}

// The peer of an upgraded connection ended its side.
function onEnd(connId) {
  const socket = sockets.get(connId);
  if (socket !== undefined && socket._raw !== null) socket._raw._onEnd();
}

// The body ended, with the trailer fields of a chunked one (packed as the
// header lines are) when it had any.
function onBodyEnd(connId, packedTrailers) {
  const socket = sockets.get(connId);
  if (socket === undefined) return;
  const req = socket._incoming;
  if (req === null) return;
  if (packedTrailers !== undefined) req.rawTrailers = unpackHeaders(packedTrailers);
  endBody(socket, req);
}

function connReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function onClose(connId, reset, attached) {
  const socket = attached !== undefined ? attached : sockets.get(connId);
  if (socket === undefined) return;
  sockets.delete(connId);
  socket.destroyed = true;
  socket.readable = false;
  socket.writable = false;
  if (socket._raw !== null) socket._raw._onClose(reset);
  const res = socket._res;
  const req = res !== null ? res.req : null;
  socket._incoming = null;
  socket._res = null;
  // A request whose response has finished while its body was still coming
  // is not aborted (as Node's): only the one in flight is.
  if (req !== null && !req.destroyed) req.destroy(connReset('aborted'));
  if (res !== null) closeMessage(res);
  socket.emit('close', false);
  const server = socket.server;
  server._connections--;
  server._sockets.delete(socket);
  server._emitCloseIfDrained();
}

function ensureCallbacks() {
  if (callbacksSet) return;
  callbacksSet = true;
  binding.http.setCallbacks({
    onRequest, onClientError, onBody, onBodyEnd, onClose, onDrain, onTimeout, onEnd,
  });
}

module.exports = { servers, ensureCallbacks, kTimeouts, kMessageClasses };
