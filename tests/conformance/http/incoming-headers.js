'use strict';
// IncomingMessage: defaults, and how repeated request headers fold into
// `headers` (Node's rules) and `headersDistinct`.
const http = require('http');

const msg = new http.IncomingMessage(null);
console.log(msg.httpVersion, msg.httpVersionMajor, msg.complete, msg.aborted, msg.url, msg.method,
  msg.rawHeaders, msg.rawTrailers, msg.trailers, msg.readable);

const names = ['Age', 'Host', 'From', 'ETag', 'Date', 'Vary', 'Server', 'Cookie', 'Origin',
  'Expect', 'Accept', 'Referer', 'Expires', 'Upgrade', 'Location', 'If-Match', 'User-Agent',
  'Set-Cookie', 'Connection', 'Retry-After', 'Content-Type', 'Max-Forwards', 'Authorization',
  'Last-Modified', 'Cache-Control', 'If-None-Match', 'Content-Length', 'Accept-Encoding',
  'Accept-Language', 'X-Forwarded-For', 'Content-Encoding', 'X-Forwarded-Host',
  'If-Modified-Since', 'Transfer-Encoding', 'X-Forwarded-Proto', 'Proxy-Authorization',
  'If-Unmodified-Since', 'X-Custom', 'content-disposition', 'HOST', 'set-cookie', 'COOKIE'];
const raw = [];
for (const n of names) raw.push(n, `${n.length}a`, n, `${n.length}b`);
const req = new http.IncomingMessage(null);
req._addHeaderLines(raw, raw.length);
console.log(req.rawHeaders.length);
console.log(req.headers);
console.log(req.headersDistinct);

const req2 = new http.IncomingMessage(null);
req2._addHeaderLines(['X-Only', 'one'], 2);
console.log(req2.headers, req2.headers === req2.headers);
req2.headers = { replaced: 'yes' };
console.log(req2.headers);
