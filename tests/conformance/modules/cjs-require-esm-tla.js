// require() of an ES module graph that uses top-level await fails.
const show = (s) => s.split(__dirname).join('<dir>');
for (const spec of ['./fixtures/esm/tla.mjs', './fixtures/esm/imports-tla.mjs']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, '->', e.name, e.code);
  }
}
import('./fixtures/esm/imports-tla.mjs').then((ns) => console.log('import() works:', ns.y));
