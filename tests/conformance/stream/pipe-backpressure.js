// pipe() pauses the source when write() returns false, resumes on 'drain'.
const { Readable, Writable } = require('stream');
const log = require('./_log');
let i = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    i++;
    if (i <= 6) this.push(i);
    else this.push(null);
  },
});
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(c, e, cb) {
    log('write', c, 'len', w.writableLength);
    setTimeout(cb, 1);
  },
});
r.on('pause', () => log('pause'));
r.on('resume', () => log('resume'));
w.on('drain', () => log('drain'));
w.on('finish', () => log('finish'));
r.pipe(w);
