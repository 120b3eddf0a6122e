// take, drop, flatMap, asIndexedPairs-free chains.
const { Readable } = require('stream');
const log = require('./_log');
(async () => {
  log('take', await Readable.from([1, 2, 3, 4]).take(2).toArray());
  log('drop', await Readable.from([1, 2, 3, 4]).drop(3).toArray());
  log('take 0', await Readable.from([1, 2]).take(0).toArray());
  log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x * 100]).toArray());
  log('chain', await Readable.from([1, 2, 3, 4, 5, 6])
    .filter((x) => x % 2)
    .map((x) => x * x)
    .drop(1)
    .toArray());
  try {
    Readable.from([1]).take(-1);
  } catch (e) {
    log('negative', e.code);
  }
  let pulled = 0;
  const src = new Readable({ objectMode: true, read() { this.push(pulled++); } });
  log('take from infinite', await src.take(3).toArray(), src.destroyed);
})();
