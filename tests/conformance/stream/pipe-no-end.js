// pipe(dest, { end: false }) keeps dest open.
const { Readable, Writable } = require('stream');
const log = require('./_log');
const w = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
w.on('finish', () => log('finish'));
const a = Readable.from(['a1', 'a2']);
a.on('end', () => {
  log('a end', w.writableEnded);
  const b = Readable.from(['b1']);
  b.pipe(w);
});
a.pipe(w, { end: false });
