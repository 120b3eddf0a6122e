// The default listener writes "(node:PID) ..." to process.stderr, with the
// --trace-warnings hint once.
const got = [];
const orig = process.stderr.write;
process.stderr.write = function (s) {
  got.push(String(s).replace(/^\(node:\d+\)/, '(node:PID)'));
  return true;
};
console.log('default listeners', process.listenerCount('warning'));
process.emitWarning('first');
process.emitWarning('second', 'CustomWarning', 'C2');
process.emitWarning('third', { code: 'X3', detail: 'details here' });
const err = new TypeError('an error as warning');
process.emitWarning(err);
setTimeout(() => {
  process.stderr.write = orig;
  for (const s of got) console.log(JSON.stringify(s));
}, 5);
