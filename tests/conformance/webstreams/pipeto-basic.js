// pipeTo moves every chunk and closes the destination.
const { recordingSink } = require('./_util');
(async () => {
  const log = [];
  const rs = ReadableStream.from(['a', 'b', 'c']);
  const ws = new WritableStream(recordingSink(log));
  const p = rs.pipeTo(ws);
  console.log(rs.locked, ws.locked);
  console.log(await p);
  console.log(log);
  console.log(rs.locked, ws.locked);
  const empty = new ReadableStream({ start(c) { c.close(); } });
  const log2 = [];
  await empty.pipeTo(new WritableStream(recordingSink(log2)));
  console.log(log2);
})();
