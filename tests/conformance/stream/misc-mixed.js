// Mixed scenarios: async Transform, writev encodings, destroy in _read, compose errors.
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, compose, finished } = require('stream');
let step = 0; const log = (...a) => console.log(++step, ...a);
// async transform with hwm
const t = new Transform({ highWaterMark: 1, objectMode: true, transform(c, e, cb) { setTimeout(() => cb(null, c * 2), 1); } });
Readable.from([1,2,3,4]).pipe(t).on('data', (d) => log('t', d)).on('end', () => { log('t end'); afterT(); });
// writev with callbacks after cork, mixed encodings
const w = new Writable({ decodeStrings: false, writev(chunks, cb) { log('writev', chunks.map(c => c.encoding + ':' + c.chunk).join('|'), chunks.allBuffers); cb(); } });
w.cork(); w.write('a', 'latin1'); w.write(Buffer.from('b')); w.write('c'); process.nextTick(() => w.uncork());
// destroy during read
const r = new Readable({ read() { this.destroy(); } });
r.on('close', () => log('r close', r.readableAborted)); r.resume();
// PassThrough end with pending data unread
const p = new PassThrough(); p.end('zzz'); p.on('finish', () => log('p finish', p.readableLength));
// Resumed once the transform has ended, so the order does not depend on timing.
function afterT() { p.on('end', () => { log('p end'); big.push(null); }); p.resume(); }
// Duplex.from readable only
const d = Duplex.from(Readable.from(['q'])); d.on('data', (x) => log('d', x)); d.on('end', () => log('d end')); d.on('close', () => log('d close'));
// compose with error
const c = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('cmp')); } }));
c.on('error', (e) => log('compose err', e.message)); c.write('x');
// readable event with hwm and large push
const big = new Readable({ highWaterMark: 4, read() {} });
log('push big', big.push('0123456789'), big.readableLength);
big.on('readable', () => { let ch; while ((ch = big.read(3)) !== null) log('big', String(ch)); });
big.on('end', () => log('big end'));
