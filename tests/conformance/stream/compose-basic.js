// compose(): a Duplex from Transforms and async generator functions.
const { compose, Transform, Readable, PassThrough } = require('stream');
const log = require('./_log');
const upper = new Transform({
  objectMode: true,
  transform(c, e, cb) { cb(null, String(c).toUpperCase()); },
});
const composed = compose(upper, async function* (source) {
  for await (const c of source) yield `<${c}>`;
});
log('is duplex', typeof composed.write, typeof composed.read);
(async () => {
  const out = [];
  composed.on('data', (d) => out.push(d));
  composed.on('end', () => log('end', out.join('')));
  composed.write('a');
  composed.write('b');
  composed.end();
})();
try {
  compose();
} catch (e) {
  log('empty', e.code);
}
const piped = Readable.from(['x', 'y']).compose(new PassThrough({ objectMode: true }));
piped.toArray().then((arr) => log('Readable.compose', arr));
