// terminate() closes the readable side and errors the writable side.
(async () => {
  const ts = new TransformStream({
    transform(c, ctl) {
      ctl.enqueue(c);
      if (c === 'stop') ctl.terminate();
    },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  w.write('go');
  w.write('stop');
  console.log(await r.read());
  console.log(await r.read());
  console.log(await r.read());
  await w.closed.catch((e) => console.log('writable', e.name));
  await w.write('more').catch((e) => console.log('write after terminate', e.name));
})();
