// While _write is pending, further writes are batched into _writev.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    log('_write', chunk);
    setTimeout(cb, 1);
  },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => c.chunk).join(','));
    setTimeout(cb, 1);
  },
});
for (let i = 0; i < 5; i++) w.write(i, () => log('cb', i));
w.end(() => log('finished'));
