// Asynchronous _write: buffering, writableLength and callback order.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    log('_write', chunk, w.writableLength);
    setTimeout(() => { log('done', chunk); cb(); }, 2);
  },
});
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
for (let i = 1; i <= 3; i++) log('write', i, w.write(i, () => log('cb', i)));
log('length', w.writableLength, w.writableBuffer.length);
w.end();
