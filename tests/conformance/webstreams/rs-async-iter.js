// for await over a ReadableStream; break cancels and unlocks.
(async () => {
  const rs = ReadableStream.from(['a', 'b', 'c']);
  for await (const x of rs) console.log(x);
  console.log(rs.locked);
  let cancelled;
  const rs2 = new ReadableStream({
    pull(c) { c.enqueue(1); },
    cancel(reason) { cancelled = reason; },
  });
  for await (const x of rs2) {
    console.log('got', x);
    break;
  }
  console.log('cancelled', cancelled, rs2.locked);
  const it = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).values();
  console.log(Object.prototype.toString.call(it));
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.return('v'));
  const rs3 = new ReadableStream({ cancel(r) { console.log('cancel', r); } });
  const it3 = rs3[Symbol.asyncIterator]();
  console.log(await it3.return('early'));
  console.log(await it3.next());
})();
