// Named exports of CJS are a snapshot taken after evaluation, not live.
import cjs, { early } from './fixtures/cjs-shapes/late.js';
console.log('named:', early, 'default prop:', cjs.early);
setTimeout(() => {
  setTimeout(() => console.log('later — named:', early, 'default prop:', cjs.early), 5);
}, 0);
