// break out of for await destroys the stream (AbortError recorded).
const { Readable } = require('stream');
const log = require('./_log');
let n = 0;
const r = new Readable({ objectMode: true, read() { this.push(n++); } });
r.on('error', (e) => log('error event', e.name, e.code));
r.on('close', () => log('close'));
(async () => {
  for await (const x of r) {
    log('got', x);
    if (x === 2) break;
  }
  log('after loop', r.destroyed, r.errored && r.errored.name);
})();
