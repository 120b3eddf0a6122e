// Removing the default 'warning' listener silences stderr output.
const got = [];
process.stderr.write = function (s) { got.push(String(s)); return true; };
process.removeAllListeners('warning');
process.emitWarning('silent');
process.on('warning', (w) => console.log('user listener', w.message));
process.emitWarning('heard');
setTimeout(() => console.log('stderr writes', got.length), 5);
