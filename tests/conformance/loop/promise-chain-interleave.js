// Two independent promise chains interleave one step at a time.
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
b.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
// Returning a promise from then() costs two extra microtask turns.
Promise.resolve()
  .then(() => { console.log('c1'); return Promise.resolve('x'); })
  .then((v) => console.log('c2 ' + v));
Promise.resolve().then(() => console.log('d1')).then(() => console.log('d2'))
  .then(() => console.log('d3')).then(() => console.log('d4')).then(() => console.log('d5'));
