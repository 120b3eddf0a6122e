// The os module's exported names and their kinds.
const os = require('os');
for (const k of Object.keys(os)) console.log(k, typeof os[k]);
console.log(require('node:os') === os);
