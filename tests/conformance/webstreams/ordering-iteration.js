// Microtask timing of async iteration and ReadableStream.from against a
// counter of elapsed microtask turns.
let turn = 0;
let chain = Promise.resolve();
for (let i = 0; i < 40; i++) chain = chain.then(() => { turn++; });
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  const it = rs.values();
  let t0 = turn;
  for (let i = 0; i < 4; i++) {
    const r = await it.next();
    console.log('next', r, turn - t0);
  }
  const r = ReadableStream.from(['x', 'y']).getReader();
  t0 = turn;
  const reads = [r.read(), r.read(), r.read()];
  for (const p of reads) p.then((v) => console.log('from read', v, turn - t0));
  await reads[2];
  const g = ReadableStream.from((async function* () { yield 1; yield 2; })()).getReader();
  t0 = turn;
  g.read().then((v) => console.log('async from', v, turn - t0));
  g.read().then((v) => console.log('async from', v, turn - t0));
})();
