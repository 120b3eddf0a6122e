// Reading queued chunks, then done; closed resolves.
const rs = new ReadableStream({
  start(c) {
    c.enqueue('a');
    c.enqueue({ b: 1 });
    c.close();
  },
});
const reader = rs.getReader();
(async () => {
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.closed);
  console.log(rs.locked);
  reader.releaseLock();
  console.log(rs.locked);
  const r2 = rs.getReader();
  console.log(await r2.read());
})();
