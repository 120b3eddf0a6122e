'use strict';
// http.Server before and after listening on an ephemeral loopback port:
// defaults, argument errors, address(), 'listening' and 'close'.
const http = require('http');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = http.createServer(() => {});
console.log(server instanceof http.Server, server instanceof require('events'));
console.log(server.listening, server.address(), server.timeout, server.keepAliveTimeout,
  server.headersTimeout, server.requestTimeout, server.maxHeadersCount, server.maxRequestsPerSocket);
console.log(server.listenerCount('request'));
console.log(http.Server().listenerCount('request'));
show('createServer bad options', () => http.createServer('x'));
show('listen port too big', () => http.createServer().listen(70000));
show('listen negative', () => http.createServer().listen(-1));
show('listen empty options', () => http.createServer().listen({}));
show('listen bad port type', () => http.createServer().listen({ port: true }));

const notRunning = http.createServer();
notRunning.close((err) => console.log('close when not running:', err.code, err.message));

server.on('listening', () => {
  const a = server.address();
  console.log('listening event', server.listening, a.address, a.family, typeof a.port, a.port > 0);
  show('listen twice', () => server.listen(0));
  server.close(() => {
    console.log('closed', server.listening, server.address());
  });
  server.on('close', () => console.log('close event'));
});
server.listen(0, '127.0.0.1', () => console.log('listen callback'));
console.log('after listen call');
