// map with concurrency keeps order of results.
const { Readable } = require('stream');
const log = require('./_log');
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  let active = 0;
  let maxActive = 0;
  const result = await Readable.from([30, 10, 20, 5]).map(async (ms) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await delay(ms);
    active--;
    return ms;
  }, { concurrency: 2 }).toArray();
  log('result', result, 'max active', maxActive);
  try {
    Readable.from([1]).map((x) => x, { concurrency: 0 });
  } catch (e) {
    log('bad concurrency', e.code);
  }
  const errs = Readable.from([1, 2, 3]).map((x) => {
    if (x === 2) throw new Error('map threw');
    return x;
  });
  try {
    await errs.toArray();
  } catch (e) {
    log('caught', e.message);
  }
})();
