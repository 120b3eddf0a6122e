for (const spec of ['node:nope', 'node:internal/util']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, e.name, e.code);
    console.log('  message:', e.message);
  }
}
// Without the prefix it is an ordinary (missing) package.
try {
  require('nope-not-a-builtin');
} catch (e) {
  console.log('nope-not-a-builtin', e.code);
}
