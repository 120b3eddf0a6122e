console.log('main loaded during load:', module.loaded);
const child = require('./fixtures/wrapper/child.js');
console.log('child loaded during its own load:', child.loadedDuringLoad);
const childModule = module.children.find((m) => m.exports === child);
console.log('child loaded after require returns:', childModule.loaded);
process.nextTick(() => console.log('main loaded in nextTick:', module.loaded));
Promise.resolve().then(() => console.log('main loaded in microtask:', module.loaded));
setImmediate(() => console.log('main loaded in setImmediate:', module.loaded));
console.log('main loaded at end of body:', module.loaded);
