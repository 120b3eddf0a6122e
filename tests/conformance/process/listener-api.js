// on/once/emit/off/removeListener/listenerCount for process events.
function a(code) { console.log('a', code); }
function b(code) { console.log('b', code); }
console.log(process.listenerCount('beforeExit'));
console.log(process.on('beforeExit', a) === process);
process.once('beforeExit', b);
console.log(process.listenerCount('beforeExit'));
console.log('emit returns', process.emit('beforeExit', 11));
console.log(process.listenerCount('beforeExit'));
process.off('beforeExit', a);
console.log(process.listenerCount('beforeExit'));
console.log('emit with none', process.emit('beforeExit', 12));
process.on('exit', a);
process.removeListener('exit', a);
process.on('exit', b);
