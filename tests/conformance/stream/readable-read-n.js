// read(n) on a byte stream: exact sizes, partial reads, read(0).
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ read() {} });
r.push('hello ');
r.push('world');
log('len', r.readableLength);
log('read(3)', String(r.read(3)));
log('read(0)', r.read(0));
log('read(100)', r.read(100));
log('len', r.readableLength);
r.push(null);
log('read(100) after end', String(r.read(100)));
log('read()', r.read());
r.on('end', () => log('end'));
r.on('close', () => log('close'));
r.resume();
