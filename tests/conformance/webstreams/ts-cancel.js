// Cancelling the readable or aborting the writable runs transformer.cancel.
(async () => {
  const ts = new TransformStream({
    cancel(reason) { console.log('cancel', reason); },
    flush() { console.log('flush not called'); },
  });
  const w = ts.writable.getWriter();
  await ts.readable.cancel('reader gone');
  await w.closed.catch((e) => console.log('writable errored', e));
  const ts2 = new TransformStream({ cancel(reason) { console.log('cancel2', reason); } });
  const r2 = ts2.readable.getReader();
  await ts2.writable.abort('writer gone');
  await r2.closed.catch((e) => console.log('readable errored', e));
  const ts3 = new TransformStream({ cancel() { throw new Error('cancel threw'); } });
  await ts3.readable.cancel('x').catch((e) => console.log('rejected', e.message));
})();
