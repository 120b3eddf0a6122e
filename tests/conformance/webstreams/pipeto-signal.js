// Aborting the signal stops the pipe: dest aborted, source cancelled.
(async () => {
  const ac = new AbortController();
  const log = [];
  const rs = new ReadableStream({
    pull(c) {
      return new Promise((r) => setTimeout(() => { if (c.desiredSize !== 0) c.enqueue('tick'); r(); }, 2));
    },
    cancel(r) { log.push(`cancel ${r.name}`); },
  });
  const ws = new WritableStream({
    write(c) { log.push(`write ${c}`); if (log.length === 2) ac.abort(); },
    abort(r) { log.push(`abort ${r.name}`); },
  });
  await rs.pipeTo(ws, { signal: ac.signal }).catch((e) => log.push(`rejected ${e.name} ${e.code}`));
  console.log(log);
  const ac2 = new AbortController();
  ac2.abort('custom reason');
  const ws2 = new WritableStream({ abort(r) { console.log('abort', r); } });
  await new ReadableStream().pipeTo(ws2, { signal: ac2.signal }).catch((e) => console.log('rejected', e));
  const ac3 = new AbortController();
  const p = new ReadableStream().pipeTo(new WritableStream({ abort() { console.log('no'); } }),
    { signal: ac3.signal, preventAbort: true, preventCancel: true });
  ac3.abort(new Error('stop'));
  await p.catch((e) => console.log('prevented both', e.message));
  try {
    await new ReadableStream().pipeTo(new WritableStream(), { signal: 1 });
  } catch (e) {
    console.log(e.name, e.code);
  }
})();
