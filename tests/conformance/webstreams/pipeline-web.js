// stream.pipeline with web streams as the source or a TransformStream.
const { pipeline, Writable, PassThrough } = require('stream');
const { pipeline: pp } = require('stream/promises');
(async () => {
  const out = [];
  const sink = () => new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(typeof c === 'string' ? c : Buffer.from(c).toString()); cb(); },
  });
  await new Promise((res) => pipeline(ReadableStream.from(['a', 'b']), sink(), (err) => {
    console.log('done', err, out);
    res();
  }));
  out.length = 0;
  await pp(ReadableStream.from(['x']), async function* (src) {
    for await (const c of src) yield c.toUpperCase();
  }, sink());
  console.log(out);
  out.length = 0;
  await pp(ReadableStream.from(['t']), new PassThrough({ objectMode: true }), sink());
  console.log(out);
  const err = new ReadableStream({ start(c) { c.error(new Error('source failed')); } });
  await pp(err, sink()).catch((e) => console.log('rejected', e.message));
})();
