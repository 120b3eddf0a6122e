// decodeStrings, defaultEncoding and setDefaultEncoding.
const { Writable } = require('stream');
const log = require('./_log');
const w = new Writable({
  decodeStrings: false,
  write(c, e, cb) { log('raw', typeof c, c, e); cb(); },
});
w.write('abc');
w.write('616263', 'hex');
w.write(Buffer.from('buf'));
const d = new Writable({
  defaultEncoding: 'base64',
  write(c, e, cb) { log('decoded', c.toString(), e); cb(); },
});
d.write('aGVsbG8=');
d.setDefaultEncoding('hex');
d.write('7a7a');
d.write('plain', 'latin1');
