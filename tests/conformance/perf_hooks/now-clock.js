// performance.now(): milliseconds since timeOrigin, monotonic, close to Date.now().
const a = performance.now();
let b = a;
for (let i = 0; i < 1000; i++) b = performance.now();
console.log(typeof a, a > 0, b >= a);
console.log(typeof performance.timeOrigin, Number.isFinite(performance.timeOrigin));
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
console.log(Math.abs(performance.now() - process.uptime() * 1000) < 1000);
const start = performance.now();
setTimeout(() => console.log('elapsed >= 20', performance.now() - start >= 19), 20);
