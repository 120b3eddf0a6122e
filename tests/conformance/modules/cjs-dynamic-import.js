// import() is available in CommonJS and returns a promise of a namespace.
console.log('start');
const p = import('./fixtures/esm/dyn-target.mjs');
console.log('is promise:', p instanceof Promise);
p.then(async (ns) => {
  console.log('esm:', ns.default, ns.named, ns[Symbol.toStringTag]);
  const cjs = await import('./fixtures/cjs-shapes/module-exports-object.js');
  const direct = require('./fixtures/cjs-shapes/module-exports-object.js');
  console.log('cjs default is module.exports:', cjs.default === direct);
  console.log('cjs keys:', Object.keys(cjs).sort().join(','));
  const events = await import('events');
  console.log('builtin default:', events.default === require('events'));
  const pkg = await import('exp-cond');
  console.log('package via import conditions:', pkg.default);
  try {
    await import('./fixtures/esm/missing.mjs');
  } catch (e) {
    console.log('missing:', e.code);
  }
});
console.log('end of sync body');
