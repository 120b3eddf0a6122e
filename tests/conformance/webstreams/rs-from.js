// ReadableStream.from over arrays, strings, generators and async generators.
async function collect(rs) {
  const out = [];
  for await (const x of rs) out.push(x);
  return out;
}
(async () => {
  console.log(await collect(ReadableStream.from([1, 2, 3])));
  console.log(await collect(ReadableStream.from('hi')));
  console.log(await collect(ReadableStream.from(new Set(['s']))));
  console.log(await collect(ReadableStream.from((function* () { yield 'g1'; yield 'g2'; })())));
  console.log(await collect(ReadableStream.from((async function* () {
    yield 'a1';
    await null;
    yield 'a2';
  })())));
  console.log(await collect(ReadableStream.from([Promise.resolve('p'), 'q'])));
  const inner = new ReadableStream({ start(c) { c.enqueue('inner'); c.close(); } });
  console.log(await collect(ReadableStream.from(inner)));
  const rs = ReadableStream.from([]);
  console.log(rs instanceof ReadableStream, rs.locked);
  for (const bad of [1, null, {}, undefined]) {
    try {
      ReadableStream.from(bad);
    } catch (e) {
      console.log(e.name, e.code);
    }
  }
})();
