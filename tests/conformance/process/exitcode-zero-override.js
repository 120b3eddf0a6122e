// process.exit(0) overrides a previously set non-zero exitCode.
process.exitCode = 9;
process.on('exit', (c) => console.log('exit', c));
process.exit(0);
