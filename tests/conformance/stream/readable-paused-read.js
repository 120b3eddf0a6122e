// Paused mode: 'readable' events and read() returning buffered objects.
const { Readable } = require('stream');
const log = require('./_log');
let i = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read(n) {
    log('_read', n, i);
    if (i < 5) this.push(i++);
    else this.push(null);
  },
});
r.on('readable', () => {
  log('readable', r.readableLength);
  let c;
  while ((c = r.read()) !== null) log('read', c);
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
