const path = require('path');
console.log(require('exp-string'));
console.log(path.relative(__dirname, require.resolve('exp-string')));
// With string exports, nothing else is exported — not even package.json.
for (const spec of ['exp-string/lib/main.js', 'exp-string/package.json', 'exp-string/']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, '->', e.code);
  }
}
