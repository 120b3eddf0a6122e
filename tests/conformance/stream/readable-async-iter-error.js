// Errors in the stream reject the for await loop.
const { Readable } = require('stream');
const log = require('./_log');
const r = new Readable({ objectMode: true, read() {} });
r.push(1);
setTimeout(() => r.destroy(new Error('kaboom')), 2);
(async () => {
  try {
    for await (const x of r) log('got', x);
  } catch (e) {
    log('caught', e.message);
  }
  log('done', r.destroyed);
})();
