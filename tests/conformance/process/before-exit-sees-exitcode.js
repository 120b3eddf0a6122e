// 'beforeExit' receives process.exitCode as its argument.
process.exitCode = 2;
process.once('beforeExit', (code) => console.log('beforeExit code', code));
process.on('exit', (code) => console.log('exit code', code));
