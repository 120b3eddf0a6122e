// write() after end(): callback and 'error' both get ERR_STREAM_WRITE_AFTER_END.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('error', e.code, e.message));
w.on('close', () => log('close'));
w.on('finish', () => log('finish'));
w.end();
log('write', w.write('x', (err) => log('cb', err && err.code)));
log('sync done');
