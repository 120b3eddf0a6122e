// An array target uses the first entry that is a valid target; it does not
// fall back when that file is missing.
try {
  console.log(require('exp-cond/array'));
} catch (e) {
  console.log('exp-cond/array ->', e.code);
}
