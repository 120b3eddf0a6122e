// Readable.prototype.wrap() over an old-style emitter stream.
const { Readable } = require('stream');
const EventEmitter = require('events');
const log = require('./_log');
const old = new EventEmitter();
old.pause = () => log('old paused');
old.resume = () => log('old resumed');
const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
old.emit('data', 'one');
old.emit('data', 'two');
log('buffered', r.readableLength);
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
setTimeout(() => old.emit('end'), 2);
