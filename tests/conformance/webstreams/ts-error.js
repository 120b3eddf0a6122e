// Errors from transform(), flush() or controller.error() reach both sides.
(async () => {
  const err = new Error('transform failed');
  const ts = new TransformStream({ transform() { throw err; } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  await w.write('x').catch((e) => console.log('write', e === err));
  await r.read().catch((e) => console.log('read', e === err));
  await w.closed.catch((e) => console.log('writable closed', e === err));
  const ts2 = new TransformStream({ flush() { return Promise.reject(new Error('flush failed')); } });
  const w2 = ts2.writable.getWriter();
  const r2 = ts2.readable.getReader();
  const readP = r2.read();
  await w2.close().catch((e) => console.log('close', e.message));
  await readP.catch((e) => console.log('read2', e.message));
  let ctl;
  const ts3 = new TransformStream({ start(c) { ctl = c; } });
  ctl.error(new Error('by controller'));
  await ts3.readable.getReader().closed.catch((e) => console.log('readable', e.message));
  await ts3.writable.getWriter().closed.catch((e) => console.log('writable', e.message));
  try { ctl.enqueue(1); } catch (e) { console.log('enqueue after error', e.name); }
})();
