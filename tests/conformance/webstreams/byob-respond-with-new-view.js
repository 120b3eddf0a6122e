// respondWithNewView hands back a view over the transferred buffer.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      const v = new Uint8Array(req.view.buffer, req.view.byteOffset, 2);
      v.set([7, 8]);
      req.respondWithNewView(v);
      console.log('request after respond', c.byobRequest);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const r = await reader.read(new Uint8Array(5));
  console.log(r);
  const r2 = await reader.read(new DataView(new ArrayBuffer(4)));
  console.log(r2.value.constructor.name, r2.value.byteLength, r2.value.getUint8(0));
})();
