// values({ preventCancel: true }) leaves the stream open after break.
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    pull(c) { c.enqueue(n++); if (n === 4) c.close(); },
    cancel() { console.log('should not cancel'); },
  });
  for await (const x of rs.values({ preventCancel: true })) {
    console.log('first loop', x);
    if (x === 1) break;
  }
  console.log(rs.locked);
  for await (const x of rs) console.log('second loop', x);
  try {
    rs.values(1);
  } catch (e) {
    console.log(e.name, e.code);
  }
})();
