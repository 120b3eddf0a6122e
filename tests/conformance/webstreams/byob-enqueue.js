// enqueue() on a byte stream fills pending BYOB reads and default reads.
(async () => {
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4));
  ctl.enqueue(new Uint8Array([1, 2]));
  console.log(await p);
  ctl.enqueue(new Uint8Array([3, 4, 5, 6, 7]));
  console.log(await reader.read(new Uint8Array(2)));
  console.log(await reader.read(new Uint16Array(1)));
  console.log(await reader.read(new Uint8Array(10)));
  reader.releaseLock();
  const def = rs.getReader();
  ctl.enqueue(new Uint8Array([9]));
  console.log(await def.read());
  const pending = def.read();
  ctl.enqueue(new Uint8Array([10, 11]));
  console.log(await pending);
  ctl.close();
  console.log(await def.read());
})();
