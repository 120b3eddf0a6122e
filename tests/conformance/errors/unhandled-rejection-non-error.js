// An unhandled rejection with a non-Error reason also exits with code 1.
process.on('exit', (c) => console.log('exit', c));
setImmediate(() => {
  console.log('rejecting with a number');
  setTimeout(() => console.log('SHOULD NOT RUN'), 0);
  Promise.reject(404);
});
