// process.on('unhandledRejection') receives (reason, promise) and prevents the crash.
let saved;
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason);
  console.log('promise matches', promise === saved);
});
saved = Promise.reject(new Error('r1'));
setTimeout(() => {
  saved = Promise.reject('plain string reason');
}, 1);
setTimeout(() => console.log('still alive'), 20);
process.on('exit', (c) => console.log('exit', c));
