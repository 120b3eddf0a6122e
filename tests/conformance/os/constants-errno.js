// os.constants.errno: Linux errno values as Node lists them.
const os = require('os');
const e = os.constants.errno;
for (const k of Object.keys(e)) console.log(k, e[k]);
console.log(Object.getPrototypeOf(e) === null);
