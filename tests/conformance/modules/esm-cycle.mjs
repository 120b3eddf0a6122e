import { fromA, hello } from './fixtures/esm/cycle-a.mjs';
console.log('main:', fromA, hello());
