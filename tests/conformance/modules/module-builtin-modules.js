const { builtinModules } = require('module');
console.log('array:', Array.isArray(builtinModules));
for (const n of ['fs', 'events', 'path', 'util', 'timers', 'module']) {
  console.log(n, builtinModules.includes(n));
}
console.log('no internal/:', !builtinModules.some((n) => n.startsWith('internal/')));
console.log('no node: prefixed entries except node:-only ones:', builtinModules.filter((n) => n.startsWith('node:')).every((n) => ['node:sea', 'node:test', 'node:test/reporters', 'node:sqlite'].includes(n)));
console.log('fs/promises:', builtinModules.includes('fs/promises'));
