const { EventEmitter, on } = require('events');
const ee = new EventEmitter();
(async () => {
  process.nextTick(() => {
    ee.emit('line', 'one');
    ee.emit('line', 'two');
    ee.emit('end');
    ee.emit('line', 'after end');
  });
  for await (const [line] of on(ee, 'line', { close: ['end'] })) console.log(line);
  console.log('done', ee.listenerCount('line'), ee.listenerCount('end'));
  const it = on(ee, 'q');
  const pending = it.next();
  console.log(await it.return());
  console.log(await pending);
  console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype, typeof it[Symbol.asyncIterator]);
})();
