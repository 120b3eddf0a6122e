// Duplex.fromWeb and Duplex.toWeb.
const { Duplex, PassThrough } = require('stream');
(async () => {
  const written = [];
  const d = Duplex.fromWeb({
    readable: ReadableStream.from(['r1', 'r2']),
    writable: new WritableStream({ write(c) { written.push(c); } }),
  }, { objectMode: true });
  d.write('w1');
  d.end();
  for await (const x of d) console.log('read', x);
  await new Promise((res) => setTimeout(res, 5));
  console.log('written', written);
  const pair = Duplex.toWeb(new PassThrough());
  console.log(pair.readable instanceof ReadableStream, pair.writable instanceof WritableStream);
  const w = pair.writable.getWriter();
  w.write(new TextEncoder().encode('through'));
  w.close();
  for await (const x of pair.readable) console.log(new TextDecoder().decode(x));
  try { Duplex.fromWeb({ readable: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
})();
