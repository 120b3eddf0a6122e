// return() finishes the interval iterator; later next() calls are done.
const tp = require('timers/promises');
(async () => {
  const it = tp.setInterval(2, 'y');
  console.log(await it.next());
  console.log(await it.return(5));
  console.log(await it.next());
  const it2 = tp.setInterval(2, 'z');
  console.log(await it2.return('early'));
  console.log(await it2.next());
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
})();
