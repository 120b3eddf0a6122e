// A .js file under "type": "module" is an ES module.
import { kind } from '../fixtures/typemod/mod.js';
import legacy from '../fixtures/typemod/legacy.cjs';
import lib from './_helper.js';
console.log('typeof require:', typeof require);
console.log('typeof module:', typeof module);
console.log('this:', this);
console.log('url ends with:', import.meta.url.endsWith('/typemod/esm-js-under-type-module.js'));
console.log('child sees require:', kind);
console.log('cjs from type:module dir:', JSON.stringify(legacy));
console.log('helper:', lib);
