// preventClose keeps the destination open for more writes.
const { recordingSink } = require('./_util');
(async () => {
  const log = [];
  const ws = new WritableStream(recordingSink(log));
  await ReadableStream.from([1, 2]).pipeTo(ws, { preventClose: true });
  console.log(ws.locked);
  await ReadableStream.from([3]).pipeTo(ws);
  console.log(log);
  const closedDest = new WritableStream();
  await closedDest.close();
  let cancelled;
  const rs = new ReadableStream({ cancel(r) { cancelled = r; } });
  await rs.pipeTo(closedDest).catch((e) => console.log('closed dest:', e.name));
  console.log('source cancelled with', cancelled && cancelled.name);
  const rs2 = new ReadableStream({ cancel() { console.log('not cancelled'); } });
  await rs2.pipeTo(closedDest, { preventCancel: true }).catch((e) => console.log('preventCancel:', e.name));
  console.log(rs2.locked);
})();
