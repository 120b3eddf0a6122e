// _flush error: 'error' and no 'end'.
const { Transform } = require('stream');
const log = require('./_log');
const t = new Transform({
  transform(c, e, cb) { cb(null, c); },
  flush(cb) { cb(new Error('flush failed')); },
});
t.on('data', (d) => log('data', String(d)));
t.on('end', () => log('end'));
t.on('finish', () => log('finish'));
t.on('error', (e) => log('error', e.message));
t.on('close', () => log('close'));
t.end('x');
