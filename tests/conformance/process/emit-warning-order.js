// The default listener writes to stderr before user 'warning' listeners run.
const log = [];
process.stderr.write = function (s) { log.push('stderr ' + String(s).split('\n')[0].replace(/\d+/, 'PID')); return true; };
process.on('warning', (w) => log.push('listener ' + w.message));
process.emitWarning('one');
process.emitWarning('two', 'DeprecationWarning', 'DEP9');
setTimeout(() => console.log(log), 5);
