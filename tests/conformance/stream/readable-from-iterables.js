// Readable.from with arrays, generators, async generators, strings, Buffers.
const { Readable } = require('stream');
const log = require('./_log');
async function collect(name, r) {
  const out = [];
  for await (const c of r) out.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  log(name, JSON.stringify(out), r.readableObjectMode);
}
(async () => {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('gen', Readable.from((function* () { yield 'a'; yield 'b'; })()));
  await collect('asyncgen', Readable.from((async function* () { yield 1; await null; yield 2; })()));
  await collect('string', Readable.from('hello'));
  await collect('buffer', Readable.from(Buffer.from('bytes')));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'v2']));
  await collect('set', Readable.from(new Set(['s1', 's2'])));
  await collect('bytes-mode', Readable.from(['x', 'y'], { objectMode: false }));
  try {
    Readable.from(42);
  } catch (e) {
    log('error', e.code, e.message);
  }
  const r = Readable.from([1, null, 3]);
  r.on('error', (e) => log('null error', e.code, e.message));
  r.on('data', (d) => log('data', d));
})();
