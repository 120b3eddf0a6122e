const util = require('util');
function add(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function fail(cb) { cb(new Error('nope')); }
function throwsSync() { throw new TypeError('sync'); }
function ctx(cb) { cb(null, this.v); }
(async () => {
  console.log(await util.promisify(add)(2, 3));
  try { await util.promisify(fail)(); } catch (e) { console.log('rejected', e.message); }
  try { await util.promisify(throwsSync)(); } catch (e) { console.log('sync throw rejected', e.name); }
  const obj = { v: 42, m: util.promisify(ctx) };
  console.log(await obj.m());
  const p = util.promisify(add);
  console.log(p.name, p.length, typeof p[util.promisify.custom]);
  console.log(p[util.promisify.custom] === p);
  function multi(cb) { cb(null, 1, 2, 3); }
  console.log(await util.promisify(multi)());
})();
