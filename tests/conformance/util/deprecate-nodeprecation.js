const util = require('util');
process.on('warning', (w) => console.log('warning:', w.message));
const f = () => 1;
// Setting the flag at run time does not make deprecate() return fn itself...
process.noDeprecation = true;
console.log(util.deprecate(f, 'silenced') === f);
// ...but it silences warnings emitted while it is set.
const g = util.deprecate(() => 2, 'not shown', 'DEP_X');
console.log(g());
process.noDeprecation = false;
const h = util.deprecate(() => 3, 'shown', 'DEP_Y');
console.log(h(), h());
