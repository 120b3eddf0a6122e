// A rejection that gets a handler later in the same microtask drain is not reported.
const e = new Error('late but ok');
const p = Promise.reject(e);
queueMicrotask(() => {
  p.catch((err) => console.log('caught late:', err.message));
});
process.nextTick(() => {
  const q = Promise.reject(new Error('second'));
  Promise.resolve().then(() => q.catch((err) => console.log('caught second:', err.message)));
});
setTimeout(() => console.log('timer runs, no crash'), 1);
process.on('exit', (c) => console.log('exit', c));
