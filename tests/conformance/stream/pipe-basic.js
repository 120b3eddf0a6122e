// pipe(): data flows, dest ends, 'pipe'/'unpipe' events, event order.
const { Readable, Writable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({
  objectMode: true,
  write(c, e, cb) { log('write', c); cb(); },
});
w.on('pipe', (src) => log('pipe', src === r));
w.on('unpipe', (src) => log('unpipe', src === r));
w.on('finish', () => log('finish'));
w.on('close', () => log('w close'));
r.on('end', () => log('end'));
r.on('close', () => log('r close'));
log('returns dest', r.pipe(w) === w);
log('flowing', r.readableFlowing);
r.push(1);
r.push(2);
r.push(null);
