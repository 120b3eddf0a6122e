// finished() options: readable/writable only, error: false; cleanup fn.
const { finished, Duplex, PassThrough } = require('stream');
const log = require('./_log');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => log('writable side done', err));
finished(d, { writable: false }, (err) => log('readable side done', err));
d.end();
setTimeout(() => { d.push(null); d.resume(); }, 5);
const p = new PassThrough();
const cleanup = finished(p, (err) => log('should not run', err));
log('cleanup type', typeof cleanup);
cleanup();
p.destroy();
const q = new PassThrough();
q.on('error', (e) => log('own error handler', e.message));
finished(q, { error: false }, (err) => log('error:false done', err && err.message));
q.destroy(new Error('q err'));
