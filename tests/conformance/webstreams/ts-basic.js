// A TransformStream with transform/flush/start.
(async () => {
  const log = [];
  const ts = new TransformStream({
    start(c) { log.push(`start desired=${c.desiredSize}`); },
    transform(chunk, c) {
      log.push(`transform ${chunk}`);
      c.enqueue(chunk * 2);
      c.enqueue(chunk * 3);
    },
    flush(c) {
      log.push('flush');
      c.enqueue('end');
    },
  });
  const w = ts.writable.getWriter();
  w.write(1);
  w.write(2);
  w.close();
  for await (const x of ts.readable) log.push(`read ${x}`);
  console.log(log.join('\n'));
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write('same');
  iw.close();
  for await (const x of id.readable) console.log('identity', x);
})();
