// An unref'd immediate still runs when something else keeps the loop alive.
setTimeout(() => {
  const im = setImmediate(() => console.log('unref immediate ran'));
  im.unref();
  setTimeout(() => console.log('ref timeout ran'), 10);
}, 0);
