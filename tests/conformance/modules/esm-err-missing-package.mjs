const show = (s) => s.split(import.meta.dirname).join('<dir>');
for (const spec of ['no-such-package-xyz', '@scope/missing', 'deep-pkg/sub/nope.js']) {
  try {
    await import(spec);
    console.log(spec, 'imported?!');
  } catch (e) {
    console.log(spec, '->', e.name, e.code);
    console.log('  ' + show(e.message));
  }
}
