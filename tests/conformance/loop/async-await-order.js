// Ordering of async function continuations relative to other microtasks.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await 1');
  await Promise.resolve();
  console.log('f after await 2');
  return 'done';
}
async function g() {
  console.log('g start');
  const v = await f();
  console.log('g got ' + v);
}
Promise.resolve().then(() => console.log('then A')).then(() => console.log('then B'))
  .then(() => console.log('then C')).then(() => console.log('then D'));
g().then(() => console.log('g resolved'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
