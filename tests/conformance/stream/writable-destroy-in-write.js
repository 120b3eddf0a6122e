// destroy() from inside _write, and write callbacks afterwards.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(c, e, cb) {
    log('_write', String(c));
    this.destroy();
    cb();
  },
});
w.on('close', () => log('close'));
w.on('error', (e) => log('error', e.code));
w.on('finish', () => log('finish'));
w.write('a', (err) => log('cb a', err && err.code));
w.write('b', (err) => log('cb b', err && err.code));
log('sync', w.destroyed, w.writableLength);
