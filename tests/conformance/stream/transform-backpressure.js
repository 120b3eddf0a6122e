// A Transform whose output is not read stops calling _transform.
const { Transform } = require('stream');
const log = require('./_log');
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(c, e, cb) { log('_transform', c); cb(null, c); },
});
for (let i = 0; i < 6; i++) log('write', i, t.write(i));
setTimeout(() => {
  log('lengths', t.readableLength, t.writableLength);
  t.on('data', (d) => log('data', d));
}, 5);
