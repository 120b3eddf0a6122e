// An error on the destination unpipes it; source keeps its data.
const { Readable, Writable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({
  objectMode: true,
  write(c, e, cb) { cb(new Error('dest failed')); },
});
w.on('unpipe', () => log('unpipe'));
w.on('error', (e) => log('w error', e.message));
w.on('close', () => log('w close'));
r.pipe(w);
r.push('x');
setTimeout(() => log('source', r.destroyed, r.readableFlowing), 5);
