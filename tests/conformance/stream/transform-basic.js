// Transform: _transform push/callback forms and _flush.
const { Transform } = require('stream');
const log = require('./_log');
const t = new Transform({
  transform(chunk, enc, cb) {
    log('_transform', chunk.toString(), enc);
    if (chunk.toString() === 'skip') return cb();
    if (chunk.toString() === 'two') {
      this.push('t1');
      this.push('t2');
      return cb();
    }
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    log('_flush');
    cb(null, 'FLUSHED');
  },
});
t.on('data', (d) => log('data', d.toString()));
t.on('end', () => log('end'));
t.on('finish', () => log('finish'));
t.on('close', () => log('close'));
t.write('abc');
t.write('skip');
t.write('two');
t.end('last');
