// If the 'uncaughtException' listener itself throws, the process exits
// (code 7 in Node: "Internal Exception Handler Run-Time Failure").
process.on('uncaughtException', (err) => {
  console.log('handler saw', err.message);
  throw new Error('handler failed');
});
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => console.log('SHOULD NOT RUN'), 20);
