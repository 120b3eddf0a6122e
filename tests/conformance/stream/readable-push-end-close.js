// push(null) -> 'end' -> 'close' ordering in flowing mode.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
r.on('data', (d) => log('data', d));
r.on('end', () => log('end', r.readableEnded, r.destroyed));
r.on('close', () => log('close', r.closed, r.destroyed));
r.push('a');
r.push('b');
r.push(null);
log('sync', r.readableFlowing, r.readableLength);
process.nextTick(() => log('tick'));
setTimeout(() => log('timeout', r.readableEnded, r.closed), 5);
