// TextEncoderStream: strings in, UTF-8 bytes out; split surrogates join.
(async () => {
  const s = new TextEncoderStream();
  console.log(s.encoding);
  const w = s.writable.getWriter();
  w.write('héllo');
  w.write('a\uD83D');
  w.write('\uDE00b');
  w.write(42);
  w.write('\uD83D');
  w.close();
  for await (const chunk of s.readable) console.log(chunk);
  const out = [];
  await ReadableStream.from(['x', 'y']).pipeThrough(new TextEncoderStream())
    .pipeTo(new WritableStream({ write(c) { out.push(...c); } }));
  console.log(out);
})();
