// os.constants.priority, dlopen and UV_UDP_REUSEADDR.
const os = require('os');
console.log(os.constants.priority);
console.log(os.constants.dlopen);
console.log(os.constants.UV_UDP_REUSEADDR);
console.log(Object.keys(os.constants));
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
