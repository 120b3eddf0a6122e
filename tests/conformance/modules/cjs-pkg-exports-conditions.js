// require() matches the conditions "require", "node", "node-addons" and
// "default", in the key order of the exports object.
console.log('.:', require('exp-cond'));
console.log('./node-first:', require('exp-cond/node-first'));
console.log('./require-first:', require('exp-cond/require-first'));
console.log('./default-only:', require('exp-cond/default-only'));
try {
  require('exp-cond/no-match');
  console.log('./no-match loaded?!');
} catch (e) {
  console.log('./no-match:', e.code);
}
