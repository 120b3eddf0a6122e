// Writing to a WritableStream: sink calls in order, promises resolve.
const { recordingSink } = require('./_util');
(async () => {
  const log = [];
  const ws = new WritableStream(recordingSink(log));
  const writer = ws.getWriter();
  console.log(ws.locked, writer.desiredSize);
  const p1 = writer.write('one');
  const p2 = writer.write({ two: 2 });
  console.log(writer.desiredSize);
  await p1;
  await p2;
  await writer.close();
  await writer.closed;
  console.log(log);
  console.log(writer.desiredSize);
  const show = (e) => console.log(e.name, e.code, e.message);
  await writer.close().catch(show);
})();
