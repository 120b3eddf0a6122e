// Cancelling a from() stream calls the iterator's return().
(async () => {
  function* gen() {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log('generator finally');
    }
  }
  const rs = ReadableStream.from(gen());
  const reader = rs.getReader();
  console.log(await reader.read());
  await reader.cancel('stop');
  console.log('cancelled');
  const rs2 = ReadableStream.from({
    [Symbol.asyncIterator]() {
      return {
        next() { return Promise.resolve({ value: 'x', done: false }); },
        return(reason) { console.log('return called with', reason); return { done: true }; },
      };
    },
  });
  const r2 = rs2.getReader();
  console.log(await r2.read());
  await r2.cancel('bye');
  const rs3 = ReadableStream.from((async function* () { throw new Error('gen failed'); })());
  await rs3.getReader().read().catch((e) => console.log('read', e.message));
  const rs4 = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  await rs4.getReader().read().catch((e) => console.log('bad next', e.name));
})();
