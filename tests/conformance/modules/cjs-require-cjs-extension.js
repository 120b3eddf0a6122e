const thing = require('./fixtures/cjs-ext/thing.cjs');
console.log(JSON.stringify(thing));
// .cjs is not one of the probed extensions (.js, .json, .node).
try {
  require('./fixtures/cjs-ext/only');
  console.log('loaded?!');
} catch (e) {
  console.log('without extension:', e.code);
}
console.log('by full name:', require('./fixtures/cjs-ext/only.cjs'));
