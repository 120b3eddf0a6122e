// After push(null), a 'readable' fires and read() returns null, then 'end'.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ read() {} });
r.on('readable', () => {
  const c = r.read();
  log('readable ->', c === null ? null : c.toString(), r.readableEnded);
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
r.push('data');
setTimeout(() => r.push(null), 2);
