// Throwing a non-Error value (a string) is still an uncaught exception -> exit 1.
process.on('exit', (c) => console.log('exit', c));
setImmediate(() => {
  console.log('immediate throws a string');
  throw 'just a string';
});
