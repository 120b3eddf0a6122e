// Writable.fromWeb and Writable.toWeb.
const { Writable } = require('stream');
(async () => {
  const got = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { got.push(c); } }));
  w.write('str');
  w.write(new Uint8Array([1]));
  await new Promise((res) => w.end(res));
  console.log(got.map((c) => [c.constructor.name, c.length]));
  const objs = [];
  const ow = Writable.fromWeb(new WritableStream({ write(c) { objs.push(c); } }), { objectMode: true });
  ow.write({ a: 1 });
  await new Promise((res) => ow.end(res));
  console.log(objs);
  const seen = [];
  const node = new Writable({ write(c, e, cb) { seen.push(c.toString()); cb(); } });
  const web = Writable.toWeb(node);
  console.log(web instanceof WritableStream);
  const writer = web.getWriter();
  await writer.write(new TextEncoder().encode('one'));
  await writer.write(new TextEncoder().encode('two'));
  await writer.close();
  console.log(seen, node.writableFinished);
  const bad = new WritableStream({ write() { throw new Error('sink failed'); } });
  const bw = Writable.fromWeb(bad);
  bw.on('error', (e) => console.log('node side error', e.message));
  bw.write('x');
  await new Promise((res) => setTimeout(res, 5));
  for (const f of [() => Writable.fromWeb({}), () => Writable.toWeb({})]) {
    try { f(); } catch (e) { console.log(e.name, e.code); }
  }
})();
