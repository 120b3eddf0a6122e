// resume() without 'data' listeners drains the stream to 'end'.
const { Readable } = require('stream');
const log = require('./_log');
let n = 0;
const r = new Readable({
  objectMode: true,
  read() { this.push(n < 3 ? n++ : null); },
});
r.on('end', () => log('end', n));
r.on('resume', () => log('resume'));
r.resume();
log('flowing', r.readableFlowing);
