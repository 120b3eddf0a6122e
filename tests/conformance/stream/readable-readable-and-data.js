// 'readable' listener takes precedence over 'data'; removing it resumes.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
r.on('readable', function onReadable() {
  log('readable', r.readableFlowing);
  const v = r.read();
  log('read', v);
  if (v === 'b') {
    r.removeListener('readable', onReadable);
    log('removed readable', r.readableFlowing);
  }
});
r.on('data', (d) => log('data', d));
log('flowing with both', r.readableFlowing);
r.push('a');
setTimeout(() => r.push('b'), 2);
setTimeout(() => { log('later', r.readableFlowing); r.push('c'); r.push(null); }, 6);
r.on('end', () => log('end'));
