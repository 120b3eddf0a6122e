// An 'exit' listener may change the final code via process.exitCode.
process.on('exit', (code) => {
  console.log('exiting with', code);
  process.exitCode = 4;
});
console.log('main');
