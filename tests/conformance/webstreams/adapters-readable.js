// Readable.fromWeb and Readable.toWeb.
const { Readable } = require('stream');
(async () => {
  const r = Readable.fromWeb(ReadableStream.from(['a', 'b']), { objectMode: true });
  console.log(r instanceof Readable, r.readableObjectMode);
  for await (const x of r) console.log('fromWeb', x);
  const bytes = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]));
  for await (const x of bytes) console.log('bytes', x);
  const enc = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('text')]),
    { encoding: 'utf8' });
  for await (const x of enc) console.log('encoded', x);
  const web = Readable.toWeb(Readable.from(['x', 'y']));
  console.log(web instanceof ReadableStream);
  for await (const x of web) console.log('toWeb', x);
  const buf = Readable.toWeb(new Readable({
    read() { this.push(Buffer.from('buf')); this.push(null); },
  }));
  for await (const x of buf) console.log('toWeb bytes', x);
  const err = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('web err')); } }));
  err.on('error', (e) => console.log('node error', e.message));
  err.resume();
  await new Promise((res) => setTimeout(res, 5));
  const failing = new Readable({ read() { this.destroy(new Error('node err')); } });
  await Readable.toWeb(failing).getReader().read().catch((e) => console.log('web read', e.message));
  for (const f of [() => Readable.fromWeb({}), () => Readable.toWeb({})]) {
    try { f(); } catch (e) { console.log(e.name, e.code); }
  }
})();
