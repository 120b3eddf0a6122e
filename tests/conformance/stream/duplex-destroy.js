// Destroying a Duplex: both sides destroyed, one 'error' and one 'close'.
const { Duplex } = require('stream');
const log = require('./_log');
const d = new Duplex({ read() {}, write(c, e, cb) { setTimeout(cb, 5); } });
d.on('error', (e) => log('error', e.message));
d.on('close', () => log('close', d.destroyed, d.readableAborted, d.writableAborted));
d.write('a', (err) => log('write cb', err && err.message));
d.destroy(new Error('dd'));
log('sync', d.destroyed, d.readable, d.writable);
