const { isBuiltin } = require('module');
for (const n of ['fs', 'node:fs', 'events', 'node:events', 'fs/promises', 'nope', 'node:nope', 'internal/util', './fs', 'FS', 'node:test', 'test', '']) {
  console.log(JSON.stringify(n), isBuiltin(n));
}
