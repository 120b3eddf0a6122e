// ESM resolution does not probe extensions or index files.
const show = (s) => s.split(import.meta.dirname).join('<dir>');
for (const spec of ['./fixtures/esm/x', './fixtures/rel/hello', './fixtures/json/data']) {
  try {
    await import(spec);
    console.log(spec, 'imported?!');
  } catch (e) {
    console.log(spec, '->', e.name, e.code);
    console.log('  ' + show(e.message).split('\n').join('\n  '));
  }
}
// Deep imports into packages without "exports" need the full file name too.
try {
  await import('deep-pkg/sub/file');
} catch (e) {
  console.log('deep-pkg/sub/file ->', e.code);
}
console.log((await import('deep-pkg/sub/file.js')).default);
