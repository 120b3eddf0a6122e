// A rejected top-level await in the entry module: exit code 1.
console.log('before');
setTimeout(() => console.log('timer never fires'), 50);
await Promise.reject(new Error('rejected TLA'));
console.log('not reached');
