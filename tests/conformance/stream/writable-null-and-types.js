// Invalid writes throw synchronously.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({ write(c, e, cb) { log('_write', c); cb(); } });
for (const v of [null, 42, {}, undefined]) {
  try {
    w.write(v);
  } catch (e) {
    log(String(v), e.code, e.name, e.message);
  }
}
try {
  w.write('x', 'bogus');
} catch (e) {
  log('enc', e.code, e.message);
}
const o = new Writable({ objectMode: true, write(c, e, cb) { log('obj', typeof c, e); cb(); } });
o.write({ a: 1 });
o.write(7);
try { o.write(null); } catch (e) { log('obj null', e.code, e.message); }
