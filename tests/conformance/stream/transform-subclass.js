// Class-based Transform and PassThrough; _final overridden in a subclass.
const { Transform, PassThrough } = require('stream');
const log = require('./_log');
class Upper extends Transform {
  _transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  }
  _flush(cb) {
    log('flush');
    cb();
  }
}
const u = new Upper();
u.on('data', (d) => log('upper', String(d)));
u.on('end', () => log('upper end'));
u.end('hi');
const p = new PassThrough({ objectMode: true });
p.on('data', (d) => log('pass', d));
p.on('end', () => log('pass end'));
p.write({ a: 1 });
p.end(5);
log('PassThrough is Transform', p instanceof Transform);
const n = new Transform();
n.on('error', (e) => log('error', e.code, e.message));
n.write('x');
