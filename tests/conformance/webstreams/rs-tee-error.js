// An error in the source errors both branches.
(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  const [b1, b2] = rs.tee();
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  const err = new Error('source failed');
  ctl.enqueue('before');
  console.log(await r1.read());
  ctl.error(err);
  await r1.closed.catch((e) => console.log('b1', e === err));
  await r2.closed.catch((e) => console.log('b2', e === err));
  await r2.read().catch((e) => console.log('b2 read', e.message));
})();
