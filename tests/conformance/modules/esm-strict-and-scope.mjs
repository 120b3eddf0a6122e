import * as s from './fixtures/esm/strictness.mjs';
console.log(JSON.stringify(s));
console.log('this at top level:', this);
console.log('typeof require here:', typeof require);
