// destroy() with queued writes: their callbacks get ERR_STREAM_DESTROYED.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(c, e, cb) { log('_write', String(c)); setTimeout(cb, 5); },
});
w.on('error', (e) => log('error', e.code));
w.on('close', () => log('close'));
w.write('a', (err) => log('cb a', err && err.code));
w.write('b', (err) => log('cb b', err && err.code));
w.end((err) => log('end cb', err && err.code));
w.destroy();
log('destroyed', w.destroyed, w.writableAborted);
log('write after destroy', w.write('c', (err) => log('cb c', err && err.code)));
