'use strict';
// STATUS_CODES, METHODS and maxHeaderSize as Node v20 has them.
const http = require('http');

console.log(Object.keys(http.STATUS_CODES).length);
for (const code of Object.keys(http.STATUS_CODES)) console.log(code, http.STATUS_CODES[code]);
console.log(http.METHODS.length, http.METHODS.join(' '));
console.log(http.maxHeaderSize);
console.log(typeof http.createServer, typeof http.Server, typeof http.IncomingMessage,
  typeof http.ServerResponse, typeof http.OutgoingMessage);
console.log(Object.getPrototypeOf(http.ServerResponse.prototype) === http.OutgoingMessage.prototype);
console.log(http.IncomingMessage.prototype instanceof require('stream').Readable);
