// How often _read is called, and with which size, around highWaterMark.
const { Readable } = require('stream');
const log = require('./_log');
let n = 0;
const r = new Readable({
  highWaterMark: 10,
  read(size) {
    log('_read', size, r.readableLength);
    n++;
    if (n <= 4) this.push(Buffer.alloc(4, 97 + n));
    else this.push(null);
  },
});
log('hwm', r.readableHighWaterMark);
setTimeout(() => {
  log('buffered', r.readableLength);
  const c = r.read(6);
  log('read 6', c && c.toString());
  setTimeout(() => {
    log('buffered2', r.readableLength);
    r.on('data', (d) => log('data', d.toString()));
    r.on('end', () => log('end'));
  }, 5);
}, 5);
