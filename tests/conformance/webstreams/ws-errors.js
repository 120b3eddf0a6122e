// Argument and state errors of WritableStream and its writer.
(async () => {
  const show = (e) => console.log(e.name, e.code, e.message);
  for (const f of [
    () => new WritableStream(null),
    () => new WritableStream({ type: 'bytes' }),
    () => new WritableStream({}, { highWaterMark: -5 }),
    () => new WritableStream({ write: 'no' }),
    () => new WritableStreamDefaultWriter({}),
    () => new WritableStreamDefaultController(),
  ]) {
    try { f(); console.log('ok'); } catch (e) { show(e); }
  }
  const ws = new WritableStream();
  const w = ws.getWriter();
  try { ws.getWriter(); } catch (e) { show(e); }
  await ws.abort().catch(show);
  await ws.close().catch(show);
  w.releaseLock();
  await w.write(1).catch(show);
  await w.close().catch(show);
  await w.abort().catch(show);
  await w.closed.catch(show);
  await w.ready.catch(show);
  try { w.desiredSize; } catch (e) { show(e); }
  w.releaseLock();
  console.log(ws.locked);
})();
