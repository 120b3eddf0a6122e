const { EventEmitter } = require('events');
console.log(process instanceof EventEmitter, typeof process.on, typeof process.emit);
process.on('custom-event', (a, b) => console.log('process got', a, b));
console.log(process.emit('custom-event', 1, 2), process.listenerCount('custom-event'));
process.once('custom-once', () => console.log('once fired'));
process.emit('custom-once');
console.log(process.emit('custom-once'));
process.on('exit', (code) => console.log('exit', code));
