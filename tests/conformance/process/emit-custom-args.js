// emit passes all arguments; `this` in a function listener is process.
process.on('uncaughtException', function (err, origin) {
  console.log('got', err, origin, this === process);
});
process.emit('uncaughtException', 'fake', 'manual');
console.log('done');
