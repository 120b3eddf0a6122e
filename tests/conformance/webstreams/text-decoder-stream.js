// TextDecoderStream: bytes in, strings out; multi-byte sequences may split.
(async () => {
  const d = new TextDecoderStream();
  console.log(d.encoding, d.fatal, d.ignoreBOM);
  const w = d.writable.getWriter();
  w.write(new Uint8Array([0x68, 0xe2, 0x82]));
  w.write(new Uint8Array([0xac, 0x21]));
  w.write(new Uint8Array([0xf0, 0x9f]));
  w.close();
  for await (const s of d.readable) console.log(JSON.stringify(s));
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  console.log(fatal.fatal);
  const fw = fatal.writable.getWriter();
  fw.write(new Uint8Array([0xff])).catch((e) => console.log('write', e.name, e.code));
  await fatal.readable.getReader().read().catch((e) => console.log('read', e.name, e.code));
  console.log(new TextDecoderStream('latin1').encoding);
  console.log(new TextDecoderStream('utf-16le').encoding);
  try {
    new TextDecoderStream('nope');
  } catch (e) {
    console.log(e.name, e.code);
  }
  const text = [];
  await ReadableStream.from([new TextEncoder().encode('round trip')])
    .pipeThrough(new TextDecoderStream())
    .pipeTo(new WritableStream({ write(c) { text.push(c); } }));
  console.log(text);
})();
