// iterator({ destroyOnReturn: false }) leaves the stream usable.
const { Readable } = require('stream');
const log = require('./_log');
const r = Readable.from([1, 2, 3, 4]);
(async () => {
  for await (const x of r.iterator({ destroyOnReturn: false })) {
    log('first loop', x);
    if (x === 2) break;
  }
  log('destroyed?', r.destroyed);
  for await (const x of r) log('second loop', x);
  log('destroyed now', r.destroyed);
})();
