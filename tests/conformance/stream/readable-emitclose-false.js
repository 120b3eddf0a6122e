// emitClose: false and autoDestroy: false.
const { Readable, Writable } = require('stream');
const log = require('./_log');
const r = new Readable({ emitClose: false, read() {} });
r.on('close', () => log('r close (unexpected)'));
r.on('end', () => log('r end'));
r.resume();
r.push(null);
const n = new Readable({ autoDestroy: false, read() {} });
n.on('end', () => {
  log('n end', n.destroyed);
  setTimeout(() => log('n still not destroyed', n.destroyed, n.closed), 2);
});
n.resume();
n.push(null);
const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('werr')); } });
w.on('error', (e) => log('w error', e.message, w.destroyed));
w.on('close', () => log('w close'));
w.write('x');
setTimeout(() => log('w destroyed', w.destroyed, w.writable), 200);
