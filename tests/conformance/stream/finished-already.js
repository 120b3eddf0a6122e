// finished() on streams that are already done.
const { finished, Readable, Writable } = require('stream');
const log = require('./_log');
const r = Readable.from([]);
r.resume();
r.on('close', () => {
  log('r closed');
  finished(r, (err) => log('late readable', err));
});
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('close', () => {
  log('w closed');
  finished(w, (err) => log('late writable', err));
});
const d = new Readable({ read() {} });
d.destroy(new Error('gone'));
d.on('error', () => {});
d.on('close', () => finished(d, (err) => log('late destroyed', err && err.message)));
