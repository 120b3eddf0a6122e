// Duplex: independent sides; half-open by default.
const { Duplex } = require('stream');
const log = require('./_log');
const d = new Duplex({
  objectMode: true,
  read() {},
  write(c, e, cb) { log('write', c); cb(); },
});
log('flags', d.readable, d.writable, d.allowHalfOpen);
d.on('data', (c) => log('data', c));
d.on('end', () => log('end', d.writable));
d.on('finish', () => log('finish', d.readable));
d.on('close', () => log('close'));
d.write('w1');
d.push('r1');
d.push(null);
setTimeout(() => { log('still writable', d.writable); d.end('w2'); }, 5);
