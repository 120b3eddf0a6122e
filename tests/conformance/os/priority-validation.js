// getPriority/setPriority argument validation.
const os = require('os');
function t(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
t(() => os.getPriority('x'));
t(() => os.getPriority(1.5));
t(() => os.getPriority(2 ** 31));
t(() => os.getPriority(-(2 ** 31) - 1));
t(() => os.setPriority(20));
t(() => os.setPriority(-21));
t(() => os.setPriority('a'));
t(() => os.setPriority(0, 'a'));
t(() => os.setPriority(0, 1.5));
t(() => os.setPriority(0.5, 1));
t(() => os.setPriority(null, 1));
t(() => typeof os.getPriority());
t(() => os.getPriority() === os.getPriority(0));
t(() => os.getPriority(process.pid) === os.getPriority());
