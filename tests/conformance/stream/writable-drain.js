// highWaterMark backpressure: write() returns false, then 'drain'.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    setTimeout(cb, 1);
  },
});
log('hwm', w.writableHighWaterMark);
log('w1', w.write('abc'), w.writableNeedDrain);
log('w2', w.write('de'), w.writableNeedDrain, w.writableLength);
log('w3', w.write('f'), w.writableLength);
w.on('drain', () => {
  log('drain', w.writableLength, w.writableNeedDrain);
  w.end();
});
w.on('finish', () => log('finish'));
