// destroy() without error: just 'close'; callback form of _destroy.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({
  read() {},
  destroy(err, cb) {
    log('_destroy', err);
    setTimeout(() => { log('cb'); cb(); }, 2);
  },
});
r.on('error', (e) => log('error', e.message));
r.on('close', () => log('close'));
r.destroy();
log('destroyed', r.destroyed, r.closed);
r.destroy(null, () => log('second destroy cb'));
