// for await over a byte stream yields Buffers (strings with setEncoding).
const { Readable } = require('stream');
const log = require('./_log');
(async () => {
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push('cd');
  r.push(null);
  for await (const c of r) log('chunk', Buffer.isBuffer(c), c.toString());
  const s = new Readable({ read() {} });
  s.setEncoding('utf8');
  s.push('xy');
  s.push(null);
  for await (const c of s) log('string chunk', typeof c, c);
  const it = Readable.from([1, 2])[Symbol.asyncIterator]();
  log('next', JSON.stringify(await it.next()));
  log('return', JSON.stringify(await it.return()));
  log('next after return', JSON.stringify(await it.next()));
})();
