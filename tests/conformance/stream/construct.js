// _construct delays _read/_write until its callback.
const { Readable, Writable } = require('stream');
const log = require('./_log');
const r = new Readable({
  objectMode: true,
  construct(cb) {
    log('construct r');
    setTimeout(() => { log('constructed r'); cb(); }, 3);
  },
  read() {
    log('_read');
    this.push('v');
    this.push(null);
  },
});
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
const w = new Writable({
  construct(cb) { log('construct w'); setTimeout(cb, 3); },
  write(c, e, cb) { log('_write', String(c)); cb(); },
});
w.write('early');
log('w pending', w.writableLength);
w.end();
w.on('finish', () => log('w finish'));
const f = new Writable({
  construct(cb) { cb(new Error('construct failed')); },
  write(c, e, cb) { cb(); },
});
f.on('error', (e) => log('f error', e.message));
f.on('close', () => log('f close'));
