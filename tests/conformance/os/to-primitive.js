// os functions convert to their value in string/number contexts.
const os = require('os');
console.log(`${os.platform}`, `${os.type}`, `${os.endianness}`);
console.log(`${os.arch}` === os.arch(), `${os.tmpdir}` === os.tmpdir());
console.log(`${os.hostname}` === os.hostname(), +os.totalmem === os.totalmem());
console.log(`${os.release}` === os.release(), `${os.machine}` === os.machine());
