// Default highWaterMarks and push() return values.
const { Readable, getDefaultHighWaterMark } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
log('obj hwm', r.readableHighWaterMark, r.readableObjectMode);
const b = new Readable({ read() {} });
log('byte hwm', b.readableHighWaterMark, b.readableObjectMode);
log('defaults', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
const results = [];
for (let i = 0; i < 18; i++) results.push(r.push(i));
log('push results', results.join(','));
log('length', r.readableLength);
const small = new Readable({ highWaterMark: 4, read() {} });
log('small', small.push('ab'), small.push('cd'), small.push('e'), small.readableLength);
const zero = new Readable({ highWaterMark: 0, read() {} });
log('zero', zero.push('x'), zero.readableLength);
