// stream/promises pipeline with { end: false } leaves the destination open.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const log = require('./_log');
const w = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
(async () => {
  await pipeline(Readable.from(['a']), w, { end: false });
  log('first done', w.writableEnded);
  await pipeline(Readable.from(['b']), w);
  log('second done', w.writableEnded, w.writableFinished);
})();
