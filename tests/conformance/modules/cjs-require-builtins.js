const names = ['events', 'fs', 'path', 'util', 'timers', 'module'];
for (const n of names) {
  const a = require(n);
  const b = require('node:' + n);
  console.log(n, typeof a, 'same with node: prefix:', a === b);
}
console.log('events is EventEmitter:', require('events') === require('events').EventEmitter);
console.log('path.posix:', require('path') === require('path').posix);
console.log('require.resolve(fs):', require.resolve('fs'));
console.log('require.resolve(node:fs):', require.resolve('node:fs'));
console.log('Module.Module:', require('module').Module === require('module'));
