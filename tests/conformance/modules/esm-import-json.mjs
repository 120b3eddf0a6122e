import data from './fixtures/esm/data.json' with { type: 'json' };
import again from './fixtures/esm/data.json' with { type: 'json' };
import * as ns from './fixtures/esm/data.json' with { type: 'json' };
console.log(JSON.stringify(data));
console.log('same object:', data === again, 'namespace keys:', Object.keys(ns).join(','));
console.log('mutable:', Object.isFrozen(data) ? 'frozen' : 'not frozen');
try {
  await import('./fixtures/esm/data.json');
  console.log('imported without attribute?!');
} catch (e) {
  console.log('without type attribute:', e.name, e.code);
}
try {
  await import('./fixtures/esm/x.mjs', { with: { type: 'json' } });
  console.log('imported?!');
} catch (e) {
  console.log('js with type json:', e.name, e.code);
}
