const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const a = util.deprecate(() => 'a', 'a is old', 'DEP_TEST1');
const b = util.deprecate(() => 'b', 'b is old too', 'DEP_TEST1');
const c = util.deprecate(function c(x) { return x * 2; }, 'c is old');
console.log(a(), a(), b(), c(21), c(1));
class K { constructor(v) { this.v = v; } }
const DK = util.deprecate(K, 'K is old', 'DEP_TEST2');
const k = new DK(3);
console.log(k.v, k instanceof K, DK.prototype === K.prototype);
try { util.deprecate(() => {}, 'x', 5); } catch (e) { console.log(e.code, e.message); }
console.log('end of sync');
