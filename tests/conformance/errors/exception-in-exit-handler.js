// An exception thrown inside an 'exit' listener is reported as uncaught:
// later 'exit' listeners are skipped and the process exits with code 1.
process.on('exit', (code) => {
  console.log('exit listener 1, code', code);
  throw new Error('error during exit');
});
process.on('exit', () => console.log('SHOULD NOT RUN listener 2'));
console.log('main done');
