// One source piped to two destinations; the slow one controls the pace.
const { Readable, Writable } = require('stream');
const log = require('./_log');
function dest(name, delay) {
  return new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(c, e, cb) {
      log(name, c);
      setTimeout(cb, delay);
    },
  }).on('finish', () => log(name, 'finish'));
}
const r = Readable.from([1, 2, 3]);
r.pipe(dest('fast', 0));
r.pipe(dest('slow', 3));
