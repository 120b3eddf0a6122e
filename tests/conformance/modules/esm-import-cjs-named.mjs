import dot, { a, b } from './fixtures/cjs-shapes/exports-dot.js';
import obj, { a as objA, b as objB } from './fixtures/cjs-shapes/module-exports-object.js';
import { c, d } from './fixtures/cjs-shapes/define-property.js';
import { a as reA, b as reB } from './fixtures/cjs-shapes/reexport.js';
import fn, { prop } from './fixtures/cjs-shapes/function.js';
import transpiled, { named } from './fixtures/cjs-shapes/esmodule-default.js';
import str from './fixtures/cjs-shapes/primitive.js';
console.log(a, b(), JSON.stringify(Object.keys(dot)));
console.log(objA, objB, JSON.stringify(obj));
console.log(c, d);
console.log(reA, reB());
console.log(typeof fn, fn(), prop);
// default of an __esModule CJS module is still the whole module.exports.
console.log(typeof transpiled, transpiled.default, named);
console.log(str);
