const EventEmitter = require('events');
const ee = new EventEmitter();
ee.on('a', function (...args) { console.log('function this', this === ee, args); });
ee.on('a', (...args) => console.log('arrow args', args.length));
console.log(ee.emit('a', 1, 'two', { three: 3 }), ee.emit('missing'));
try { ee.on('x', 'not a function'); } catch (e) { console.log(e.code, e.message); }
try { ee.once('x', null); } catch (e) { console.log(e.code, e.message); }
try { ee.removeListener('x', 5); } catch (e) { console.log(e.code, e.message); }
