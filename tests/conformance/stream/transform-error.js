// Transform callback error destroys the stream.
const { Transform } = require('stream');
const log = require('./_log');
const t = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    if (chunk === 2) cb(new Error('bad chunk'));
    else cb(null, chunk);
  },
});
t.on('data', (d) => log('data', d));
t.on('error', (e) => log('error', e.message));
t.on('close', () => log('close'));
t.write(1);
t.write(2, (err) => log('write cb', err && err.message));
t.write(3, (err) => log('write3 cb', err && err.code));
