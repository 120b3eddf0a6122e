// try/catch around await, and the order relative to plain then callbacks.
async function fails() {
  await null;
  throw new Error('boom');
}
async function main() {
  try {
    await fails();
  } catch (e) {
    console.log('caught ' + e.message);
  } finally {
    console.log('finally');
  }
}
main().then(() => console.log('main resolved'));
Promise.reject(new Error('x')).catch((e) => console.log('catch ' + e.message));
console.log('sync');
