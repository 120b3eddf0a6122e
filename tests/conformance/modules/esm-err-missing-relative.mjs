const show = (s) => s.split(import.meta.dirname).join('<dir>');
try {
  await import('./fixtures/esm/nope.mjs');
  console.log('imported?!');
} catch (e) {
  console.log(e.name, e.code);
  console.log(show(e.message));
}
// A static import of a missing file inside an imported module.
try {
  await import('./fixtures/esm/imports-missing.mjs');
} catch (e) {
  console.log('nested:', e.code);
  console.log(show(e.message));
}
