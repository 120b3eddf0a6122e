// Releasing a writer keeps queued writes going; a new writer can continue.
(async () => {
  const log = [];
  const ws = new WritableStream({ write(c) { log.push(c); } });
  const w1 = ws.getWriter();
  const p = w1.write('from w1');
  w1.releaseLock();
  await p;
  const w2 = ws.getWriter();
  await w2.write('from w2');
  await w2.close();
  console.log(log);
  const ws2 = new WritableStream({ start() { return new Promise(() => {}); } }, { highWaterMark: 0 });
  const w3 = ws2.getWriter();
  const ready = w3.ready;
  w3.releaseLock();
  await ready.catch((e) => console.log('pending ready', e.message));
  console.log(w3.ready !== ready);
})();
