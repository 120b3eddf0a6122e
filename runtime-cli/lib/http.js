'use strict';
// Node's `http` module, server side: createServer/Server, IncomingMessage,
// ServerResponse, STATUS_CODES, METHODS and the header validators. The
// implementation is in internal/http/; sockets and parsing are native
// (binding.http, src/http.rs). The client (request/get) is not here yet.

const EE = require('events');
const { codes } = require('internal/errors');
const {
  STATUS_CODES, METHODS, validateHeaderName, validateHeaderValue,
} = require('internal/http/common');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage } = require('internal/http/outgoing');
const { ServerResponse } = require('internal/http/server_response');
const { Server, createServer } = require('internal/http/server');

// A placeholder Agent: keeps its options so code that builds one at load
// time works; there is no client to use it yet.
function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EE.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.totalSocketCount = 0;
}
Object.setPrototypeOf(Agent.prototype, EE.prototype);
Object.setPrototypeOf(Agent, EE);
Agent.defaultMaxSockets = Infinity;
Agent.prototype.destroy = function destroy() {};

function ClientRequest() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('http.ClientRequest');
}

function request() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('http.request()');
}

function get() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('http.get()');
}

function setMaxIdleHTTPParsers(max) {
  if (typeof max !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('max', 'number', max);
  if (!Number.isInteger(max) || max < 1) {
    throw new codes.ERR_OUT_OF_RANGE('max', '>= 1 && <= 4294967295', max);
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: 16384,
  globalAgent,
};
