const show = (s) => s.split(__dirname).join('<dir>');
for (const spec of ['exp-map/lib/hidden.js', 'exp-map/lib/sub.js', 'exp-map/sub.js', 'exp-map/missing', 'exp-pattern/internal']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, '->', e.name, e.code);
    console.log('  ' + show(e.message));
  }
}
