const { EventEmitter, on } = require('events');
const ee = new EventEmitter();
(async () => {
  process.nextTick(() => {
    ee.emit('foo', 'a', 1);
    ee.emit('foo', 'b', 2);
    ee.emit('bar', 'ignored');
    ee.emit('foo', 'c', 3);
  });
  let n = 0;
  for await (const args of on(ee, 'foo')) {
    console.log('got', args);
    if (++n === 3) break;
  }
  console.log('listeners after break', ee.listenerCount('foo'), ee.listenerCount('error'));
})();
