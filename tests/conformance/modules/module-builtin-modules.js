const { builtinModules } = require('module');
console.log('array:', Array.isArray(builtinModules));
for (const n of ['fs', 'events', 'path', 'util', 'timers', 'module']) {
  console.log(n, builtinModules.includes(n));
}
console.log('no internal/:', !builtinModules.some((n) => n.startsWith('internal/')));
