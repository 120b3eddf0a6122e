const { isBuiltin } = require('module');
for (const n of ['fs', 'node:fs', 'events', 'node:events', 'nope', 'node:nope', 'internal/util', './fs', 'FS', '']) {
  console.log(JSON.stringify(n), isBuiltin(n));
}
