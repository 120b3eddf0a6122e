// process.exit() without an argument uses process.exitCode.
process.exitCode = 8;
setImmediate(() => {
  console.log('immediate');
  process.exit();
});
