// Setting process.exitCode makes the process exit with it once the loop drains.
process.exitCode = 3;
console.log('exitCode set to', process.exitCode);
setTimeout(() => console.log('timer still runs'), 1);
