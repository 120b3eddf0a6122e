// stream.finished() and finished/promises on web streams.
const { finished } = require('stream');
const fp = require('stream/promises');
(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  finished(rs, (err) => console.log('readable finished', err));
  ctl.close();
  await new Promise((r) => setTimeout(r, 2));
  const rs2 = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  finished(rs2, (err) => console.log('errored', err.message));
  await new Promise((r) => setTimeout(r, 2));
  const ws = new WritableStream();
  const p = fp.finished(ws).then(() => console.log('writable finished'));
  ws.getWriter().close();
  await p;
  const ws2 = new WritableStream();
  const p2 = fp.finished(ws2).catch((e) => console.log('aborted', e));
  ws2.abort('reason');
  await p2;
})();
