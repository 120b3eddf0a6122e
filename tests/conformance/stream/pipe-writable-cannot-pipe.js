// Writable.prototype.pipe errors with ERR_STREAM_CANNOT_PIPE.
const { Writable, Readable } = require('stream');
const log = require('./_log');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('error', e.code, e.message));
w.pipe(new Writable({ write(c, e, cb) { cb(); } }));
log('sync');
