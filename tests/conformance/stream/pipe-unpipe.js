// unpipe() stops the flow and pauses the source.
const { Readable, Writable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
w.on('unpipe', () => log('unpipe event'));
r.pipe(w);
r.push(1);
setTimeout(() => {
  r.unpipe(w);
  log('after unpipe', r.readableFlowing, r.isPaused());
  r.push(2);
  log('buffered', r.readableLength);
  r.unpipe(w);
  log('unpipe again ok');
}, 2);
