// Top-level await on a promise that never settles: Node exits with code 13
// once the event loop is empty.
process.on('exit', (code) => console.log('exit code', code));
console.log('waiting forever');
await new Promise(() => {});
console.log('not reached');
