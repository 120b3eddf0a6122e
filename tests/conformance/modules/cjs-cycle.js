// a requires b, b requires a: b gets a's partially-filled exports.
console.log('main start');
const a = require('./fixtures/cycle/a.js');
console.log('main: a =', JSON.stringify(a));
console.log('main: b =', JSON.stringify(require('./fixtures/cycle/b.js')));
const r = require('./fixtures/cycle/replacer-a.js');
console.log('replacer main sees:', JSON.stringify(r));
console.log('replacer b saw:', JSON.stringify(globalThis.replacerSeen));
