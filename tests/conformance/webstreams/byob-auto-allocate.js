// autoAllocateChunkSize gives default readers a byobRequest too.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(c) {
      const v = c.byobRequest.view;
      console.log('view', v.byteLength);
      v[0] = 42;
      v[1] = 43;
      c.byobRequest.respond(2);
      c.close();
    },
  });
  const reader = rs.getReader();
  const r = await reader.read();
  console.log(r.value, r.value.buffer.byteLength);
  console.log(await reader.read());
  let ctl;
  new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  console.log('no request', ctl.byobRequest);
})();
