// A destination error cancels the source unless preventCancel.
(async () => {
  const err = new Error('sink broke');
  const rs = new ReadableStream({
    pull(c) { c.enqueue('chunk'); },
    cancel(r) { console.log('source cancelled', r === err); },
  });
  const ws = new WritableStream({ write() { throw err; } });
  await rs.pipeTo(ws).catch((e) => console.log('rejected', e === err));
  console.log(rs.locked, ws.locked);
  const rs2 = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel() { console.log('should not be called'); },
  });
  const ws2 = new WritableStream({ write() { return Promise.reject(err); } });
  await rs2.pipeTo(ws2, { preventCancel: true }).catch((e) => console.log('rejected2', e.message));
  console.log(rs2.locked);
  const r = rs2.getReader();
  console.log('source still readable', (await r.read()).done);
})();
