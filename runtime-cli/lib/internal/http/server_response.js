'use strict';
// http.ServerResponse: an OutgoingMessage answering one request of a
// server's connection (connections.js makes them): writeHead, the
// informational responses (100, 102, 103), the reason phrase, and what a
// finished response leaves behind (its request's unread body, its socket).

const {
  OutgoingMessage, kOutHeaders, finishReply, usePlainWriteHead,
} = require('internal/http/outgoing');
const {
  STATUS_CODES, validateHeaderName, validateHeaderValue, checkInvalidHeaderChar, codes,
  defineDefaults,
} = require('internal/http/common');
const {
  kHeader, kReasonOK, kReasonSet, kNoBody, kNoKeepAlive, kExpectContinue,
} = require('internal/http/message_state');

const nativeHttp = binding.http;

function ServerResponse(req, options) {
  if (!(this instanceof ServerResponse)) return new ServerResponse(req, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = false;
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);
defineDefaults(ServerResponse.prototype, {
  _sent100: false, statusCode: 200,
  _reason: undefined,
  // (OutgoingMessage's, again: a property a response gains is looked for
  // up its prototype chain first, and the search ends at the first find.)
  req: null, socket: null, _connId: -1, [kOutHeaders]: null, _events: undefined,
  // (`sendDate` true: kNoDate clear.)
  _state: 0,
});
// The reason phrase, as set or as sent ('OK' for the usual 200 is a bit of
// `_state` rather than a stored field).
Object.defineProperty(ServerResponse.prototype, 'statusMessage', {
  get() {
    const reason = this._reason;
    if (reason !== undefined || (this._state & kReasonOK) === 0) return reason;
    return 'OK';
  },
  set(v) {
    this._reason = v;
    this._state = (this._state & ~kReasonOK) | kReasonSet;
  },
  enumerable: true,
  configurable: true,
});

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if ((this._state & kHeader) !== 0) throw new codes.ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new codes.ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }
  // The reason phrase: the one given, else one set before, else the
  // status's own (statusMessage's fields, kept as its setter keeps them;
  // the usual 200 OK is a bit rather than a stored string).
  let state = this._state;
  let message;
  if (typeof reason === 'string') {
    message = reason;
    this._reason = reason;
    state = (state & ~kReasonOK) | kReasonSet;
  } else {
    if (obj === undefined || obj === null) obj = reason;
    message = this._reason;
    if (!message) {
      message = STATUS_CODES[statusCode] || 'unknown';
      if (statusCode === 200 && message === 'OK') {
        state |= kReasonOK;
      } else {
        this._reason = message;
        state |= kReasonSet;
      }
    }
  }
  this._state = state;
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Headers set earlier, merged with these (which win).
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        if (keys[i]) this.setHeader(keys[i], obj[keys[i]]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  if (message !== STATUS_CODES[statusCode] && checkInvalidHeaderChar(message)) {
    throw new codes.ERR_INVALID_CHAR('statusMessage');
  }
  state = this._state;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    state |= kNoBody;
  }
  if ((state & kExpectContinue) !== 0 && !this._sent100) state |= kNoKeepAlive;
  this._state = state;
  this._storeHeader(null, headers);
  return this;
};

usePlainWriteHead(ServerResponse.prototype.writeHead);

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  if (this._connId >= 0 && !this._headerSent) nativeHttp.write(this._connId, 'HTTP/1.1 100 Continue\r\n\r\n');
  this._sent100 = true;
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  if (this._connId >= 0 && !this._headerSent) nativeHttp.write(this._connId, 'HTTP/1.1 102 Processing\r\n\r\n');
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  const keys = Object.keys(hints);
  for (const key of keys) {
    validateHeaderName(key);
    const value = hints[key];
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      validateHeaderValue(key, v);
      head += `${key}: ${v}\r\n`;
    }
  }
  head += '\r\n';
  if (this._connId >= 0 && !this._headerSent) nativeHttp.write(this._connId, head);
  if (typeof cb === 'function') process.nextTick(cb);
};

// Runs before the user's 'finish' listeners: an unread body is
// discarded and the connection is free for its next request.
ServerResponse.prototype._onFinish = function _onFinish() {
  finishReply(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  this.socket = socket;
  this.emit('socket', socket);
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket._httpMessage === this) socket._httpMessage = null;
  this.socket = null;
};

module.exports = { ServerResponse };
