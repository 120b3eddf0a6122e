// read(0) triggers _read without consuming; hwm 0 object streams.
const { Readable } = require('stream');
const log = require('./_log');
let calls = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 0,
  read() {
    calls++;
    log('_read', calls);
    if (calls === 1) process.nextTick(() => this.push('late'));
    else this.push(null);
  },
});
log('read(0)', r.read(0), r.readableLength);
setTimeout(() => {
  log('buffered', r.readableLength);
  log('read()', r.read());
  r.on('end', () => log('end'));
  r.resume();
}, 2);
