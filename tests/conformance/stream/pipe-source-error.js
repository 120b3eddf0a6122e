// A source error does not end the destination in plain pipe().
const { Readable, Writable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
w.on('finish', () => log('finish (unexpected)'));
w.on('unpipe', () => log('unpipe'));
r.on('error', (e) => log('r error', e.message));
r.on('close', () => log('r close'));
r.pipe(w);
r.push(1);
setTimeout(() => r.destroy(new Error('src failed')), 2);
setTimeout(() => log('w state', w.writableEnded, w.destroyed), 8);
