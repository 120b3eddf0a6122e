// 'beforeExit' does NOT fire when process.exit() is called explicitly.
process.on('beforeExit', () => console.log('SHOULD NOT RUN beforeExit'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer calls exit');
  process.exit(0);
}, 1);
