// _write error: callback, then 'error', then 'close'; later writes fail.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(c, e, cb) { cb(new Error('write failed')); },
});
w.on('error', (e) => log('error', e.message, w.destroyed));
w.on('close', () => log('close'));
w.on('finish', () => log('finish'));
log('write', w.write('x', (err) => log('cb', err && err.message)));
log('sync', w.destroyed, w.errored && w.errored.message, w.writable);
