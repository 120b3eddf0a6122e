// Argument checking in the ReadableStream constructor.
const tries = [
  () => new ReadableStream(null),
  () => new ReadableStream(1),
  () => new ReadableStream({ type: 'foo' }),
  () => new ReadableStream({}, 1),
  () => new ReadableStream({}, { highWaterMark: -1 }),
  () => new ReadableStream({}, { highWaterMark: NaN }),
  () => new ReadableStream({}, { size: 1 }),
  () => new ReadableStream({ type: 'bytes' }, { size() {} }),
  () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
  () => new ReadableStream({ start() { throw new Error('start threw'); } }),
];
for (const t of tries) {
  try {
    t();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(new ReadableStream(undefined).locked);
console.log(new ReadableStream({}, { highWaterMark: '5' }).locked);
