const show = (s) => s.split(__dirname).join('<dir>');
for (const spec of ['exp-pattern/features/private/secret', 'exp-pattern/internal']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, '->', e.code);
    console.log('  ' + show(e.message));
  }
}
