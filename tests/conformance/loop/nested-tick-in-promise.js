// A nextTick scheduled from a promise callback runs only after the whole
// microtask queue is drained; a promise scheduled from a nextTick runs after
// all pending nextTicks.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => console.log('promise from tick A'));
  process.nextTick(() => console.log('tick from tick A'));
});
Promise.resolve().then(() => {
  console.log('promise B');
  process.nextTick(() => console.log('tick from promise B'));
  Promise.resolve().then(() => console.log('promise from promise B'));
});
Promise.resolve().then(() => console.log('promise C'));
console.log('sync');
