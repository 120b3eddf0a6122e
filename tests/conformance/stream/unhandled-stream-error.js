// An 'error' with no listener is thrown: the process exits with code 1.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.destroy(new Error('nobody listens'));
console.log('before tick');
process.on('exit', (code) => console.log('exit', code));
