// type/platform/arch/release/version/machine/hostname/endianness.
const os = require('os');
console.log(os.type(), os.platform(), os.endianness());
console.log(os.arch() === process.arch, os.platform() === process.platform);
for (const k of ['release', 'version', 'machine', 'hostname']) {
  const v = os[k]();
  console.log(k, typeof v, v.length > 0);
}
