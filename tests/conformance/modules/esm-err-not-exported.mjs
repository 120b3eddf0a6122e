const show = (s) => s.split(import.meta.dirname).join('<dir>');
for (const spec of ['exp-map/lib/hidden.js', 'exp-pattern/features/private/secret', 'exp-string/package.json', 'exp-cond/no-match']) {
  try {
    await import(spec);
    console.log(spec, 'imported?!');
  } catch (e) {
    console.log(spec, '->', e.name, e.code);
    console.log('  ' + show(e.message));
  }
}
try {
  await import('#nothing-here');
} catch (e) {
  console.log('#nothing-here ->', e.code);
}
