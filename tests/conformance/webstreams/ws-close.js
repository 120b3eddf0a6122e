// close() waits for queued writes; a failing close errors the stream.
(async () => {
  const log = [];
  const ws = new WritableStream({
    write(c) { log.push(`write ${c}`); },
    close() { log.push('close'); return new Promise((r) => setTimeout(r, 2)); },
  });
  const w = ws.getWriter();
  w.write(1);
  w.write(2);
  const cp = w.close();
  console.log(w.desiredSize);
  await cp;
  console.log(log, w.desiredSize);
  const ws2 = new WritableStream({ close() { throw new Error('close failed'); } });
  const w2 = ws2.getWriter();
  await w2.close().catch((e) => console.log('close rejected', e.message));
  await w2.closed.catch((e) => console.log('closed rejected', e.message));
  console.log(w2.desiredSize);
  const ws3 = new WritableStream();
  await ws3.close();
  console.log(ws3.locked);
  await ws3.close().catch((e) => console.log(e.name, e.code, e.message));
})();
