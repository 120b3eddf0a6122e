// pipeline with an AbortSignal: aborting destroys the streams.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const log = require('./_log');
const ac = new AbortController();
const src = new Readable({ objectMode: true, read() {} });
const dst = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
src.on('close', () => log('src close'));
dst.on('close', () => log('dst close'));
pipeline(src, dst, { signal: ac.signal }).then(
  () => log('resolved'),
  (e) => log('rejected', e.name, e.code),
);
src.push(1);
setTimeout(() => ac.abort(), 5);
