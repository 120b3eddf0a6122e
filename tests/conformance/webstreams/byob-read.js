// BYOB reads: the source fills the reader's buffer through byobRequest.
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      const view = req.view;
      console.log('request', view.constructor.name, view.byteOffset, view.byteLength);
      for (let i = 0; i < 3; i++) view[i] = ++n;
      req.respond(3);
      if (n >= 6) c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new Uint8Array(8);
  const r1 = await reader.read(buf);
  console.log(r1.done, r1.value, buf.byteLength);
  const r2 = await reader.read(new Uint8Array(r1.value.buffer, 2, 4));
  console.log(r2.done, r2.value, r2.value.byteOffset);
  const r3 = await reader.read(new Uint8Array(4));
  console.log(r3.done, r3.value);
  await reader.closed;
  console.log('closed');
})();
