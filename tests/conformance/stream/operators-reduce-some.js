// reduce, some, every, find.
const { Readable } = require('stream');
const log = require('./_log');
(async () => {
  log('reduce', await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b));
  log('reduce init', await Readable.from([1, 2]).reduce((a, b) => a + b, 10));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('empty reduce', e.code, e.name, e.message);
  }
  log('some', await Readable.from([1, 2, 3]).some((x) => x > 2));
  log('some false', await Readable.from([1, 2, 3]).some((x) => x > 5));
  log('every', await Readable.from([2, 4]).every((x) => x % 2 === 0));
  log('every false', await Readable.from([2, 3]).every((x) => x % 2 === 0));
  log('find', await Readable.from([5, 6, 7]).find((x) => x > 5));
  log('find none', await Readable.from([5]).find((x) => x > 5));
})();
