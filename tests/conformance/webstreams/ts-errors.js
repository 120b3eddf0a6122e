// Constructor checks and brand checks of TransformStream.
const show = (e) => console.log(e.name, e.code, e.message);
for (const f of [
  () => new TransformStream({ readableType: 'bytes' }),
  () => new TransformStream({ writableType: 'bytes' }),
  () => new TransformStream({}, { highWaterMark: -1 }),
  () => new TransformStream({}, {}, { highWaterMark: NaN }),
  () => new TransformStream(1),
  () => new TransformStream({ transform: 5 }),
  () => new TransformStreamDefaultController(),
  () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}),
]) {
  try { f(); console.log('ok'); } catch (e) { show(e); }
}
try { new TransformStream(null); } catch (e) { show(e); }
console.log(new TransformStream(undefined, undefined, undefined).writable instanceof WritableStream);
