// Object-mode source piped into a byte-mode transform of strings.
const { Readable, Transform } = require('stream');
const log = require('./_log');
const t = new Transform({
  writableObjectMode: true,
  transform(obj, e, cb) { cb(null, `${JSON.stringify(obj)}\n`); },
});
t.setEncoding('utf8');
let text = '';
t.on('data', (d) => { text += d; });
t.on('end', () => log('text', JSON.stringify(text), t.readableObjectMode, t.writableObjectMode));
Readable.from([{ a: 1 }, [2, 3]]).pipe(t);
