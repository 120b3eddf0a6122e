// pipeline with an async-generator Duplex in the middle and error mapping.
const { pipeline, Duplex, Readable, Writable } = require('stream');
const log = require('./_log');
const out = [];
pipeline(
  Readable.from(['a', 'b']),
  Duplex.from(async function* (src) {
    for await (const c of src) yield `${c}!`;
  }),
  new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } }),
  (err) => log('done', err, out),
);
const failing = new Writable({ write(c, e, cb) { cb(new Error('sink broke')); } });
const src = new Readable({ read() {} });
src.on('close', () => log('src closed'));
pipeline(src, failing, (err) => log('sink error', err.message, src.destroyed));
src.push('x');
