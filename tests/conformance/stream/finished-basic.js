// finished(): readable end, writable finish, errors, premature close.
const { finished, Readable, Writable, PassThrough } = require('stream');
const log = require('./_log');
const r = Readable.from(['a']);
finished(r, (err) => log('readable done', err));
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log('writable done', err));
w.end('x');
const e = new PassThrough();
finished(e, (err) => log('errored', err && err.message));
e.destroy(new Error('broken'));
const p = new Readable({ read() {} });
finished(p, (err) => log('premature', err && err.code, err && err.message));
p.destroy();
