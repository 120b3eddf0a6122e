// A source error aborts the destination unless preventAbort.
const { recordingSink } = require('./_util');
(async () => {
  const err = new Error('source broke');
  const log = [];
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.error(err); } });
  await rs.pipeTo(new WritableStream(recordingSink(log))).catch((e) => log.push(`rejected ${e === err}`));
  console.log(log);
  const log2 = [];
  const ws = new WritableStream(recordingSink(log2));
  let ctl;
  const rs2 = new ReadableStream({ start(c) { ctl = c; } });
  const p = rs2.pipeTo(ws, { preventAbort: true });
  ctl.enqueue('y');
  setTimeout(() => ctl.error(err), 5);
  await p.catch((e) => log2.push(`rejected ${e.message}`));
  console.log(log2, ws.locked);
  const w = ws.getWriter();
  await w.write('still writable');
  console.log(log2[log2.length - 1]);
})();
