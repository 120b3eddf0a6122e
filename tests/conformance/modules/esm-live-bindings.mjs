import { count, increment, obj, replaceObj } from './fixtures/esm/counter.mjs';
import * as ns from './fixtures/esm/counter.mjs';
console.log('count:', count);
increment();
increment();
console.log('count after 2 increments:', count, 'via namespace:', ns.count);
console.log('obj:', obj.v);
replaceObj();
console.log('obj after replace:', obj.v);
let threw = 'no';
try {
  count = 100;
} catch (e) {
  threw = e.name;
}
console.log('assigning an import throws:', threw);
