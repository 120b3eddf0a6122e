// cpuUsage(prev) and resourceUsage() shapes; validation of prev.
const u = process.cpuUsage();
console.log(Object.keys(u), Number.isInteger(u.user), u.user >= 0, u.system >= 0);
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
const d = process.cpuUsage(u);
console.log(d.user >= 0, d.system >= 0);
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('missing system', () => process.cpuUsage({ user: 1 }));
t('negative', () => process.cpuUsage({ user: -1, system: 0 }));
t('string user', () => process.cpuUsage({ user: '1', system: 0 }));
t('number prev', () => process.cpuUsage(5));
const r = process.resourceUsage();
console.log(Object.keys(r));
console.log(Object.values(r).every((v) => typeof v === 'number' && v >= 0));
console.log(r.maxRSS > 0, r.userCPUTime >= 0);
