// The source is cancelled only when both branches are, with both reasons.
(async () => {
  const rs = new ReadableStream({
    cancel(reason) { console.log('source cancel', reason); },
  });
  const [b1, b2] = rs.tee();
  const p1 = b1.cancel('r1').then(() => console.log('b1 cancel resolved'));
  await new Promise((r) => setTimeout(r, 5));
  console.log('after first cancel');
  await b2.cancel('r2');
  await p1;
  console.log('both done');
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const [d1, d2] = rs2.tee();
  await d1.cancel('only one');
  for await (const x of d2) console.log('other branch still reads', x);
})();
