// Duplex.from(): iterables, async generator functions, promises, pairs.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
const log = require('./_log');
(async () => {
  log('from array', await Duplex.from([1, 2]).toArray());
  const d = Duplex.from(async function* (source) {
    for await (const c of source) yield String(c).toUpperCase();
  });
  d.end('text');
  log('from async fn', (await d.toArray()).map(String));
  log('from promise', await Duplex.from(Promise.resolve('resolved')).toArray());
  const p = new PassThrough();
  log('duplex returned as is', Duplex.from(p) === p);
  const got = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }),
  });
  pair.write('w1');
  pair.end();
  log('pair read', await pair.toArray(), 'pair wrote', got);
  try {
    Duplex.from(42);
  } catch (e) {
    log('bad', e.code);
  }
})();
