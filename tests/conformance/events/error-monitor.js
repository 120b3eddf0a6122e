const { EventEmitter, errorMonitor } = require('events');
console.log(typeof errorMonitor, String(errorMonitor));
const ee = new EventEmitter();
ee.on(errorMonitor, (err) => console.log('monitor saw', err.message));
ee.on('error', (err) => console.log('handler saw', err.message));
ee.emit('error', new Error('one'));
const bare = new EventEmitter();
bare.on(errorMonitor, (err) => console.log('monitor only', err && err.message));
try { bare.emit('error', new Error('two')); } catch (e) { console.log('thrown', e.message); }
try { bare.emit('error', 'a string'); } catch (e) { console.log(e.code, e.message); }
try { bare.emit('error', { message: 'obj' }); } catch (e) { console.log(e.code, e.message); }
