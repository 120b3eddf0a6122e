// end() twice, end() after finish.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('error', e.code));
w.on('finish', () => {
  log('finish');
  w.end((err) => log('end after finish cb', err && err.code, err && err.message));
});
w.on('close', () => log('close'));
w.end(() => log('end1 cb'));
w.end((err) => log('end2 cb', err));
