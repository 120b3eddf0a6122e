// os.cpus(): array of {model, speed, times{user,nice,sys,idle,irq}}.
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
let ok = true;
for (const c of cpus) {
  ok = ok && Object.keys(c).join() === 'model,speed,times' &&
    typeof c.model === 'string' && typeof c.speed === 'number' &&
    Object.keys(c.times).join() === 'user,nice,sys,idle,irq' &&
    Object.values(c.times).every((n) => typeof n === 'number' && n >= 0);
}
console.log('all well-formed:', ok);
console.log(os.cpus() !== cpus);
