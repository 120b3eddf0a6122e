// stream/web exports and the matching globals.
const web = require('stream/web');
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
for (const n of names) {
  console.log(n, typeof web[n], web[n] === globalThis[n], web[n].name);
}
console.log(require('node:stream/web') === web);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').enumerable);
console.log(Object.prototype.toString.call(new ReadableStream()));
console.log(Object.prototype.toString.call(new WritableStream()));
console.log(Object.prototype.toString.call(new TransformStream()));
console.log(ReadableStream.length, WritableStream.length, TransformStream.length);
