// write -> end -> 'finish' -> 'close', with callbacks, sync _write.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  write(chunk, enc, cb) {
    log('_write', chunk.toString(), enc);
    cb();
  },
});
w.on('finish', () => log('finish', w.writableFinished));
w.on('prefinish', () => log('prefinish'));
w.on('close', () => log('close', w.closed, w.destroyed));
log('write a', w.write('a', () => log('cb a')));
log('write b', w.write('b', 'utf8', () => log('cb b')));
w.end('c', () => log('end cb'));
log('sync', w.writableEnded, w.writableFinished, w.writable, w.writableLength);
process.nextTick(() => log('tick'));
