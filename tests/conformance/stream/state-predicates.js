// isReadable, isErrored, isDisturbed, isDestroyed, isWritable.
const stream = require('stream');
const { Readable, Writable } = stream;
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
log('fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
r.push(1);
r.read();
log('after read', stream.isDisturbed(r));
r.destroy(new Error('x'));
r.on('error', () => {});
log('destroyed', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
const w = new Writable({ write(c, e, cb) { cb(); } });
log('writable', stream.isWritable(w), stream.isReadable(w));
w.end();
log('ended', stream.isWritable(w));
log('non-stream', stream.isReadable({}), stream.isErrored(null), stream.isDisturbed({}));
