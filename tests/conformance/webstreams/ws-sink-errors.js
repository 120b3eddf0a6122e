// A rejected write errors the stream; later writes see the same error.
(async () => {
  const err = new Error('write failed');
  const ws = new WritableStream({
    write(c) { if (c === 2) throw err; },
    abort() { console.log('abort not called after error'); },
  });
  const w = ws.getWriter();
  await w.write(1);
  await w.write(2).catch((e) => console.log('write 2', e === err));
  await w.write(3).catch((e) => console.log('write 3', e === err));
  await w.closed.catch((e) => console.log('closed', e === err));
  await w.ready.catch((e) => console.log('ready', e === err));
  console.log(w.desiredSize);
  const ws2 = new WritableStream({ start() { return Promise.reject(new Error('start failed')); } });
  const w2 = ws2.getWriter();
  await w2.write('x').catch((e) => console.log('after start failed', e.message));
  let ctl;
  const ws3 = new WritableStream({ start(c) { ctl = c; } });
  const w3 = ws3.getWriter();
  ctl.error(new Error('controller error'));
  await w3.closed.catch((e) => console.log('controller.error', e.message));
  ctl.error(new Error('ignored'));
  console.log(w3.desiredSize);
})();
