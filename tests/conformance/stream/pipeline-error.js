// pipeline() destroys every stream when one fails.
const { pipeline, Readable, Transform, Writable } = require('stream');
const log = require('./_log');
const src = new Readable({ objectMode: true, read() {} });
const mid = new Transform({
  objectMode: true,
  transform(c, e, cb) {
    if (c === 'bad') cb(new Error('transform failed'));
    else cb(null, c);
  },
});
const dst = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
  s.on('close', () => log(name, 'close'));
}
pipeline(src, mid, dst, (err) => {
  log('callback', err && err.message);
  log('destroyed', src.destroyed, mid.destroyed, dst.destroyed);
});
src.push('ok');
src.push('bad');
