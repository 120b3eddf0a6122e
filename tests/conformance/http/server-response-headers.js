'use strict';
// ServerResponse header methods on a response with no connection.
const http = require('http');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, r === undefined ? 'ok' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const req = new http.IncomingMessage(null);
req.method = 'GET';
const res = new http.ServerResponse(req);
console.log(res.statusCode, res.statusMessage, res.headersSent, res.sendDate, res.writableEnded,
  res.writableFinished, res.finished, res.req === req);

console.log(res.setHeader('Content-Type', 'text/plain') === res);
res.setHeader('X-Num', 42);
res.setHeader('Set-Cookie', ['a=1', 'b=2']);
console.log(res.appendHeader('x-list', 'one') === res);
res.appendHeader('X-List', ['two', 'three']);
console.log(res.getHeader('content-type'), res.getHeader('CONTENT-TYPE'), res.getHeader('x-num'));
console.log(res.getHeader('x-list'), res.getHeader('set-cookie'), res.getHeader('missing'));
console.log(res.getHeaders());
console.log(res.getHeaderNames());
console.log(res.getRawHeaderNames());
console.log(res.hasHeader('X-NUM'), res.hasHeader('nope'));
res.removeHeader('x-num');
res.removeHeader('not-there');
console.log(res.hasHeader('x-num'), res.getHeaderNames());

show('setHeader bad name', () => res.setHeader('Bad Name', 'x'));
show('setHeader undefined', () => res.setHeader('X-U', undefined));
show('setHeader splitting', () => res.setHeader('X-S', 'a\r\nInjected: yes'));
show('setHeader array splitting', () => res.setHeader('X-S', ['ok', 'a\nb']));
show('appendHeader bad', () => res.appendHeader('x\n', 'v'));
show('getHeader number', () => res.getHeader(5));
show('hasHeader undefined', () => res.hasHeader());
show('removeHeader null', () => res.removeHeader(null));
show('writeHead 99', () => res.writeHead(99));
show('writeHead 1000', () => res.writeHead(1000));
show('writeHead string', () => res.writeHead('abc'));
show('writeHead bad message', () => res.writeHead(200, 'OK\r\nX: y'));
console.log(res.headersSent);

const res2 = new http.ServerResponse(req);
res2.setHeader('X-Keep', 'k');
console.log(res2.writeHead(201, { 'X-New': 'n' }) === res2, res2.statusCode, res2.statusMessage,
  res2.headersSent);
console.log(res2.getHeaders());
show('setHeader after writeHead', () => res2.setHeader('a', 'b'));
show('removeHeader after writeHead', () => res2.removeHeader('x-keep'));
show('appendHeader after writeHead', () => res2.appendHeader('a', 'b'));
show('writeHead twice', () => res2.writeHead(200));

const res3 = new http.ServerResponse(req);
res3.writeHead(404, ['X-A', '1', 'X-A', '2']);
console.log(res3.statusMessage, res3.headersSent);
const res4 = new http.ServerResponse(req);
show('writeHead odd array', () => res4.writeHead(200, ['X-A']));
show('writeHead bad header object', () => new http.ServerResponse(req).writeHead(200, { 'a b': 1 }));
show('writeHead splitting object', () => new http.ServerResponse(req).writeHead(200, { a: 'x\ry' }));

const res5 = new http.ServerResponse(req);
res5.statusCode = 503;
res5.end();
console.log(res5.statusMessage, res5.headersSent, res5.writableEnded, res5.finished);
res5.on('error', (e) => console.log('error event', e.code, e.message));
res5.write('more', (err) => console.log('write callback', err.code));

const res6 = new http.ServerResponse(req);
show('write null', () => res6.write(null));
show('write number', () => res6.write(1));
show('end object', () => res6.end({}));

// Setting a header again under another case keeps its place, with the new
// name; the (deprecated) _headers setter replaces them all.
const again = new http.ServerResponse(req);
again.setHeader('X-A', '1');
again.setHeader('X-B', '2');
again.setHeader('x-a', '3');
console.log(again.getRawHeaderNames(), again.getHeaders());
process.noDeprecation = true;
again._headers = { Foo: 'bar', foo: 'baz', Qux: 1 };
console.log(again.getRawHeaderNames(), again.getHeaders());
