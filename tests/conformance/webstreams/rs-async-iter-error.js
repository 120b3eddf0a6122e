// An erroring stream makes the loop throw; concurrent next() calls queue.
(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(1);
      setTimeout(() => c.error(new Error('mid-stream')), 5);
    },
  });
  try {
    for await (const x of rs) console.log('value', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log(rs.locked);
  const it = ReadableStream.from([1, 2])[Symbol.asyncIterator]();
  const results = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
  console.log(results);
})();
