// Teeing a byte stream: both branches are byte streams with equal bytes.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.close();
    },
  });
  const [a, b] = rs.tee();
  console.log(String(a).length > 0, require('util').inspect(a));
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  const va = await ra.read();
  const vb = await rb.read(new Uint8Array(8));
  console.log(va.value, vb.value);
  console.log(va.value.buffer !== vb.value.buffer);
  console.log(await ra.read(), (await rb.read(new Uint8Array(1))).done);
})();
