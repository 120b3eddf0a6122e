// With an uncaughtException handler, the tick queue continues after a throwing tick.
process.on('uncaughtException', (e) => console.log('handled', e.name));
process.nextTick(() => { throw new RangeError('x'); });
process.nextTick(() => console.log('tick after throw'));
Promise.resolve().then(() => console.log('promise after throw'));
