const show = (s) => s.split(import.meta.dirname).join('<dir>');
for (const spec of ['./fixtures/esm/dir', './fixtures/esm/dir/', './fixtures/dirs/main-ext']) {
  try {
    await import(spec);
    console.log(spec, 'imported?!');
  } catch (e) {
    console.log(spec, '->', e.name, e.code);
    console.log('  ' + show(e.message));
  }
}
// Packages (bare specifiers) may still resolve to a main/index.
const m = await import('deep-pkg');
console.log('bare package main:', m.default);
