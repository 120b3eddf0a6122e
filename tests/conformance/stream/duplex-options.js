// readable/writable: false and per-side objectMode/highWaterMark options.
const { Duplex } = require('stream');
const log = require('./_log');
const d = new Duplex({
  readableObjectMode: true,
  writableHighWaterMark: 3,
  readableHighWaterMark: 7,
  read() {},
  write(c, e, cb) { cb(); },
});
log('modes', d.readableObjectMode, d.writableObjectMode);
log('hwm', d.readableHighWaterMark, d.writableHighWaterMark);
const ro = new Duplex({ writable: false, read() {} });
log('writable false', ro.writable, ro.writableEnded, ro.writableFinished, ro.readable);
const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
log('readable false', wo.readable, wo.readableEnded, wo.writable);
wo.on('finish', () => log('wo finish'));
wo.on('close', () => log('wo close'));
wo.end('x');
log('instanceof', d instanceof require('stream').Writable, d instanceof require('stream').Readable);
