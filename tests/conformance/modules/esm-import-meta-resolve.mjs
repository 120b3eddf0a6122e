const base = 'file://' + import.meta.dirname;
const show = (s) => s.split(base).join('<base>');
console.log(show(import.meta.resolve('./fixtures/esm/x.mjs')));
console.log('ends with /x.mjs:', import.meta.resolve('./fixtures/esm/x.mjs').endsWith('/x.mjs'));
// Resolution does not check that the file exists.
console.log(show(import.meta.resolve('./does-not-exist.mjs')));
console.log(show(import.meta.resolve('exp-cond')));
console.log(show(import.meta.resolve('exp-map/sub')));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
try {
  import.meta.resolve('no-such-package-xyz');
  console.log('resolved?!');
} catch (e) {
  console.log('missing package:', e.code);
}
