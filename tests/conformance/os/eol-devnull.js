// os.EOL and os.devNull values and property attributes.
const os = require('os');
console.log(JSON.stringify(os.EOL), os.devNull);
for (const k of ['EOL', 'devNull']) {
  const d = Object.getOwnPropertyDescriptor(os, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
}
