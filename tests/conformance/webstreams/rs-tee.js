// tee() gives two branches with the same chunks.
(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  const [b1, b2] = rs.tee();
  console.log(rs.locked, b1.locked, b2.locked);
  console.log(b1 instanceof ReadableStream, b1 !== b2);
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  console.log(await r1.read(), await r1.read(), await r1.read());
  console.log(await r2.read(), await r2.read(), await r2.read());
  const obj = { x: 1 };
  const [c1, c2] = ReadableStream.from([obj]).tee();
  const v1 = (await c1.getReader().read()).value;
  const v2 = (await c2.getReader().read()).value;
  console.log(v1 === obj, v2 === obj);
})();
