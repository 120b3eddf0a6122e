// pipeline() with async generator stages and a final async function.
const { pipeline, Readable } = require('stream');
const log = require('./_log');
pipeline(
  Readable.from([1, 2, 3]),
  async function* double(source) {
    for await (const x of source) yield x * 2;
  },
  async function* addOne(source) {
    for await (const x of source) yield x + 1;
  },
  async function sum(source) {
    let total = 0;
    for await (const x of source) total += x;
    return total;
  },
  (err, value) => log('done', err, value),
);
pipeline(
  function* () { yield 'x'; yield 'y'; },
  async function* (source) {
    for await (const c of source) yield c.toUpperCase();
  },
  async function (source) {
    const parts = [];
    for await (const c of source) parts.push(c);
    log('collected', parts.join(''));
  },
  (err, value) => log('done2', err, value),
);
