// pipeThrough returns the transform's readable side.
(async () => {
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const rs = ReadableStream.from(['a', 'b']);
  const out = rs.pipeThrough(upper);
  console.log(out === upper.readable, rs.locked, upper.writable.locked);
  for await (const x of out) console.log(x);
  const pair = { readable: ReadableStream.from(['from pair']), writable: new WritableStream() };
  const r = ReadableStream.from([1]).pipeThrough(pair);
  for await (const x of r) console.log(x);
  const show = (e) => console.log(e.name, e.code, e.message);
  try { rs.pipeThrough({}); } catch (e) { show(e); }
  try { new ReadableStream().pipeThrough({ readable: new ReadableStream() }); } catch (e) { show(e); }
  const locked = new WritableStream();
  locked.getWriter();
  try {
    new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: locked });
  } catch (e) { show(e); }
  await new ReadableStream().pipeTo({}).catch(show);
  await new ReadableStream().pipeTo(locked).catch(show);
})();
