// desiredSize and ready follow the queue against the high-water mark.
const { delay } = require('./_util');
(async () => {
  const resolvers = [];
  const ws = new WritableStream({
    write() { return new Promise((r) => resolvers.push(r)); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  let readyCount = 0;
  const watchReady = () => w.ready.then(() => readyCount++);
  await watchReady();
  console.log('initial ready', readyCount, w.desiredSize);
  w.write(1);
  w.write(2);
  console.log('after two writes', w.desiredSize);
  w.write(3);
  console.log('after three', w.desiredSize);
  const readyP = w.ready;
  let readyResolved = false;
  readyP.then(() => { readyResolved = true; });
  await delay(2);
  console.log('ready resolved while full?', readyResolved);
  resolvers.shift()();
  await delay(2);
  console.log('after one finished', w.desiredSize, readyResolved);
  resolvers.shift()();
  await delay(2);
  console.log('after two finished', w.desiredSize, readyResolved);
  const sized = new WritableStream({}, { highWaterMark: 10, size: (c) => c.length });
  const sw = sized.getWriter();
  sw.write('abcd');
  console.log('sized', sw.desiredSize);
  const zero = new WritableStream({}, new CountQueuingStrategy({ highWaterMark: 0 }));
  console.log('hwm 0', zero.getWriter().desiredSize);
})();
