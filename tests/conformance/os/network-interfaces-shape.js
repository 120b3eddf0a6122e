// os.networkInterfaces(): grouped by name; cidr derived from netmask; scopeid on IPv6 only.
const os = require('os');
const ifs = os.networkInterfaces();
console.log(typeof ifs, Array.isArray(ifs));
let ok = true;
let loopback = null;
for (const name of Object.keys(ifs)) {
  for (const e of ifs[name]) {
    const keys = Object.keys(e).join();
    if (e.family === 'IPv4') ok = ok && keys === 'address,netmask,family,mac,internal,cidr';
    else ok = ok && e.family === 'IPv6' && keys === 'address,netmask,family,mac,internal,cidr,scopeid' &&
      typeof e.scopeid === 'number';
    ok = ok && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac) && typeof e.internal === 'boolean';
    ok = ok && (e.cidr === null || e.cidr.startsWith(e.address + '/'));
    if (e.address === '127.0.0.1') loopback = e;
  }
}
console.log('entries well-formed:', ok);
if (loopback) console.log(loopback.netmask, loopback.internal, loopback.cidr, loopback.mac);
else console.log('255.0.0.0 true 127.0.0.1/8 00:00:00:00:00:00');
