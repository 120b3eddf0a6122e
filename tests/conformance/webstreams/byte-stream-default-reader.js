// A byte stream read with a default reader yields Uint8Arrays.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint16Array([1, 2]));
      c.enqueue(new DataView(new ArrayBuffer(3), 1, 2));
      c.close();
    },
  });
  console.log(rs.locked);
  for await (const chunk of rs) console.log(chunk.constructor.name, chunk.byteLength, chunk.byteOffset);
  const src = new Uint8Array([5, 6, 7]);
  let ctl;
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  ctl.enqueue(src);
  console.log('source buffer after enqueue', src.byteLength);
  console.log((await rs2.getReader().read()).value);
})();
