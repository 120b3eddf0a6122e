import * as barrel from './fixtures/esm/barrel.mjs';
import * as lib from './fixtures/esm/lib.mjs';
console.log('barrel keys:', Object.keys(barrel).join(','));
console.log('lib keys:', Object.keys(lib).join(','));
console.log('default not re-exported by export *:', !('default' in barrel));
console.log('otherDefault:', barrel.otherDefault);
console.log('aliasOfOther:', barrel.aliasOfOther);
console.log('libNs is lib namespace:', barrel.libNs === lib);
console.log('toStringTag:', lib[Symbol.toStringTag]);
console.log('prototype:', Object.getPrototypeOf(lib));
console.log('frozen-ish: extensible', Object.isExtensible(lib));
let threw = 'no';
try {
  lib.one = 5;
} catch (e) {
  threw = e.name;
}
console.log('assigning to namespace throws:', threw);
const d = Object.getOwnPropertyDescriptor(lib, 'one');
console.log('descriptor:', d.writable, d.enumerable, d.configurable);
