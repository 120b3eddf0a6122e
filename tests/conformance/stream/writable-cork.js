// cork/uncork batches writes into _writev.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(chunk, enc, cb) {
    log('_write', chunk.toString());
    cb();
  },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join(','), chunks.allBuffers);
    cb();
  },
});
w.cork();
log('corked', w.writableCorked);
w.write('a', () => log('cb a'));
w.write('b', () => log('cb b'));
w.cork();
w.write('c');
log('corked', w.writableCorked, w.writableLength);
w.uncork();
log('after one uncork', w.writableCorked);
w.uncork();
log('after uncork', w.writableCorked);
w.write('d');
w.end(() => log('end'));
