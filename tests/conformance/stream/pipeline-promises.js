// stream/promises pipeline and finished.
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
const log = require('./_log');
(async () => {
  const chunks = [];
  await pipeline(
    Readable.from(['p', 'q']),
    new PassThrough({ objectMode: true }),
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  log('pipeline resolved', chunks.join(''));
  try {
    await pipeline(
      Readable.from(['x']),
      async function* (src) {
        for await (const c of src) throw new Error(`failed on ${c}`);
      },
      new PassThrough(),
    );
  } catch (e) {
    log('pipeline rejected', e.message);
  }
  const r = Readable.from(['z']);
  r.resume();
  await finished(r);
  log('finished resolved', r.readableEnded);
})();
