const Module = require('module');
console.log(JSON.stringify(Module.wrap('x')));
console.log(JSON.stringify(Module.wrap('')));
console.log(typeof Module.wrapper, Array.isArray(Module.wrapper) && Module.wrapper.length);
const fn = eval(Module.wrap('module.exports = [typeof exports, typeof require, __filename, __dirname, this];').replace(/;\s*$/, ''));
const m = { exports: {} };
fn.call('self', m.exports, require, m, 'F', 'D');
console.log(JSON.stringify(m.exports));
