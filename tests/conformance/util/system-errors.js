const util = require('util');
for (const n of [-1, -2, -13, -17, -22, -98, -111, -110, -3008, -4080, -999999]) {
  console.log(n, util.getSystemErrorName(n));
}
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-32));
for (const bad of [0, 1, 1.5, -1.5, NaN, Infinity, '2', undefined]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.code, e.message); }
}
