const util = require('util');
function legacy() {}
legacy[util.promisify.custom] = () => Promise.resolve('custom!');
const p = util.promisify(legacy);
console.log(p === legacy[util.promisify.custom]);
p().then((v) => console.log(v));
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(util.promisify(p) === p);
const bad = function () {};
bad[util.promisify.custom] = 5;
try { util.promisify(bad); } catch (e) { console.log(e.code, e.message); }
for (const v of [undefined, null, 1, 'x', {}]) {
  try { util.promisify(v); } catch (e) { console.log(e.code, e.message); }
}
function withProps(cb) { cb(null); }
withProps.extra = 'kept';
console.log(util.promisify(withProps).extra);
