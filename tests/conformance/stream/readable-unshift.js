// unshift() puts data back at the front of the queue.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
r.push('b');
r.push('c');
r.unshift('a');
log('len', r.readableLength);
log('read', r.read(), r.read());
r.unshift('z');
log('read', r.read(), r.read());
r.push(null);
r.on('end', () => {
  log('end');
  r.on('error', (e) => log('error', e.code, e.message));
  r.unshift('late');
});
r.resume();
const s = new Readable({ read() {} });
s.setEncoding('utf8');
s.push('world');
s.unshift('hello ');
log('str', s.read());
