// Own property names and enumerability of the prototypes.
const classes = [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  TransformStream, TransformStreamDefaultController, TextEncoderStream, TextDecoderStream];
for (const C of classes) {
  const names = Object.getOwnPropertyNames(C.prototype).filter((n) => n !== 'constructor').sort();
  const enumerable = names.filter((n) => Object.getOwnPropertyDescriptor(C.prototype, n).enumerable);
  console.log(C.name, names.join(','), enumerable.length === names.length,
    C.prototype[Symbol.toStringTag]);
}
console.log(typeof ReadableStream.from, ReadableStream.prototype[Symbol.asyncIterator] ===
  ReadableStream.prototype.values);
