// Readable operators: map, filter, toArray, forEach.
const { Readable } = require('stream');
const log = require('./_log');
(async () => {
  log('map', await Readable.from([1, 2, 3]).map((x) => x * 10).toArray());
  log('async map', await Readable.from([1, 2, 3]).map(async (x) => x + 1).toArray());
  log('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  const seen = [];
  await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); });
  log('forEach', seen);
  const s = Readable.from([1]).map((x) => x);
  log('map returns Readable', s instanceof Readable, s.readableObjectMode);
  try {
    Readable.from([1]).map(5);
  } catch (e) {
    log('bad fn', e.code, e.message);
  }
})();
