const { EventEmitter, captureRejectionSymbol } = require('events');
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
const ee = new EventEmitter({ captureRejections: true });
ee.on('work', async (n) => { throw new Error(`failed ${n}`); });
ee.on('error', (err) => console.log('error event:', err.message));
ee.emit('work', 1);
const custom = new EventEmitter({ captureRejections: true });
custom[Symbol.for('nodejs.rejection')] = (err, type, ...args) => console.log('custom handler', err.message, type, args);
custom.on('job', async () => { throw new Error('job broke'); });
custom.emit('job', 'a', 'b');
const plain = new EventEmitter();
plain.on('x', async () => 'fine');
console.log('plain emit', plain.emit('x'));
try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { console.log(e.code, e.message); }
try { EventEmitter.captureRejections = 1; } catch (e) { console.log(e.code, e.message); }
console.log('sync done');
